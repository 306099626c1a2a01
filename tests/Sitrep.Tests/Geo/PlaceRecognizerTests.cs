using Sitrep.Geo;
using Sitrep.Geo.Compact;
using Sitrep.Tests.Support;
using Sitrep.Text;

namespace Sitrep.Tests.Geo;

public class PlaceRecognizerTests
{
    private static PlaceMention Only(string text, string name)
    {
        var found = GeoTestData.Places(text);
        var doc = GeoTestData.Doc(text);
        return found.Single(m => text.Substring(m.Span.Start, m.Span.Length) == name);
    }

    [SharedDataFact]
    public void Seed_places_boulkessi_and_timbuktu()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Shared!, "seed", "article.txt"));
        var doc = GeoTestData.Doc(text);
        new PlaceRecognizer(GeoTestData.Bundled, CountryCatalog.Default).Run(doc);
        var places = doc.MentionsOf<PlaceMention>().Where(m => m.Place is not null).ToList();
        var boulkessi = places.First(m => doc.Slice(m.Span) == "Boulkessi");
        Assert.Equal("ML", boulkessi.Place!.CountryCode);
        Assert.True(Distance.Km(boulkessi.Place.Latitude, boulkessi.Place.Longitude, 15.12, -1.15) <= 25, boulkessi.Why);
        var timbuktu = places.First(m => doc.Slice(m.Span) == "Timbuktu");
        Assert.Equal("Tombouctou", timbuktu.Place!.Admin1);
        Assert.True(Distance.Km(timbuktu.Place.Latitude, timbuktu.Place.Longitude, 16.7735, -3.0074) <= 25);
        // No place from a person's name, an organisation or the common words.
        Assert.DoesNotContain(places, m => doc.Slice(m.Span) is "Associated Press" or "Assimi Goita" or "Islamic State");
    }

    [Fact]
    public void Near_wording_gives_precision_2()
    {
        var m = Only("Gunmen attacked a convoy 40 km north of Gao in Mali on Sunday.", "Gao");
        Assert.Equal("ML", m.Place!.CountryCode);
        Assert.Equal(2, m.GeoPrecision);
        Assert.Equal(PlaceRelation.Near, m.Relation);
    }

    [Fact]
    public void Region_only_gives_the_region_centre_with_precision_3()
    {
        var m = Only("Fighting was reported across the Mopti region of Mali.", "Mopti");
        Assert.Equal("ADM1", m.Place!.FeatureCode);
        Assert.Equal(3, m.GeoPrecision);
    }

    [Fact]
    public void Unknown_village_stays_unknown()
    {
        var found = GeoTestData.Places("Soldiers burned the village of Zzyqxland in Mali.");
        var m = Assert.Single(found);
        Assert.Null(m.Place);
        Assert.Equal(0, m.GeoPrecision);
        var ev = EventPlace.From(m, CountryCatalog.Default.ByIso2("ML"));
        Assert.Equal("Mali", ev.Country);
        Assert.Null(ev.Latitude);
        Assert.Equal(0, ev.GeoPrecision);
    }

    [Fact]
    public void Country_words_and_people_are_not_places()
    {
        var found = GeoTestData.Places("President Ahmed Mali said Malian troops and the Islamic State group clashed in Niger.");
        Assert.Empty(found);
    }

    [Fact]
    public void Event_place_fields_come_from_the_gazetteer()
    {
        var m = Only("An attack hit a market in Timbuktu, Mali.", "Timbuktu");
        var ev = EventPlace.From(m, null);
        Assert.Equal("Mali", ev.Country);
        Assert.Equal(466, ev.Iso);
        Assert.Equal("Tombouctou", ev.Admin1);
        Assert.Equal("Western Africa", ev.Region);
        Assert.Equal(1, ev.GeoPrecision);
    }

    private static List<string> Named(string text) =>
        GeoTestData.Places(text).Select(m => text.Substring(m.Span.Start, m.Span.Length)).ToList();

    [Fact]
    public void A_surname_named_once_after_a_title_is_no_place_later()
    {
        var text = "Captain Chris Cuenca of the army said rebels attacked a post near Bulalacao in the Philippines.\nCuenca said five rebels were killed.";
        Assert.DoesNotContain("Cuenca", Named(text));
    }

    [Fact]
    public void A_name_followed_by_a_role_or_said_is_a_person()
    {
        Assert.DoesNotContain("Rida Lida", Named("Rida Lida, a Sahel expert at a think tank, said attacks in Mali are rising."));
        Assert.DoesNotContain("Daphne Eviatar", Named("The report was welcome, said Daphne Eviatar, director of a rights group in the United States."));
    }

    [Fact]
    public void Words_after_an_organisation_name_are_its_name()
    {
        var found = Named("An analyst at the Policy Centre for the New South in Morocco said Mali's army is stretched.");
        Assert.DoesNotContain(found, n => n.Contains("South"));
    }

    [Fact]
    public void A_lone_organisation_word_is_no_place()
    {
        Assert.DoesNotContain("Council", Named("The Council met in New York on Thursday to discuss South Sudan."));
    }

    [Fact]
    public void Unknown_names_marked_as_villages_stay_named_without_coordinates()
    {
        var text = "Gunmen killed 20 people in the villages of Zzyqa and Zzyqb in the Central African Republic.\nTwelve died in Zzyqa.\nTwo men from Zzyqc village in Mozambique were shot.";
        var found = GeoTestData.Places(text);
        foreach (var name in new[] { "Zzyqa", "Zzyqb", "Zzyqc" })
        {
            var m = found.First(x => text.Substring(x.Span.Start, x.Span.Length) == name);
            Assert.Null(m.Place);
            Assert.NotNull(m.CueSpan);
        }
        Assert.Equal(2, found.Count(x => text.Substring(x.Span.Start, x.Span.Length) == "Zzyqa"));
        Assert.DoesNotContain(found, x => text.Substring(x.Span.Start, x.Span.Length) == "Mozambique");
    }

    [Fact]
    public void Compass_regions_resolve_within_the_article_country()
    {
        var found = GeoTestData.Places("Separatists clashed with troops in Cameroon's Northwest region on Monday.");
        var m = Assert.Single(found);
        Assert.Equal("CM", m.Place!.CountryCode);
        Assert.Equal("ADM1", m.Place.FeatureCode);
        Assert.Equal(3, m.GeoPrecision);
    }

    [Fact]
    public void A_region_spelt_like_its_seat_resolves_to_the_region()
    {
        var m = Only("Gunmen attacked a village in the Tillabery region of Niger.", "Tillabery");
        Assert.Equal("ADM1", m.Place!.FeatureCode);
        Assert.Equal("NE", m.Place.CountryCode);
    }

    [Fact]
    public void A_foreign_place_matched_only_by_an_alternate_name_is_left_unresolved()
    {
        // Nothing points abroad; a namesake elsewhere known only by an alternate spelling is not taken.
        var found = GeoTestData.Places("Separatists stormed a mosque in the village of Sabga in Cameroon.");
        var m = found.Single(x => x.Span.Length == 5);
        Assert.True(m.Place is null || m.Place.CountryCode == "CM", m.Why);
    }

    [Fact]
    public void An_unknown_place_gets_the_known_place_the_text_puts_it_in()
    {
        var text = "Insurgents killed five people in the Zzyqd administrative post, in Zzyqe district, in the northern province of Cabo Delgado in Mozambique.";
        var found = GeoTestData.Places(text);
        foreach (var name in new[] { "Zzyqd", "Zzyqe" })
        {
            var m = found.Single(x => text.Substring(x.Span.Start, x.Span.Length) == name);
            Assert.Null(m.Place);
            Assert.Equal("Cabo Delgado", m.Within?.Place?.Name);
        }
        var counted = GeoTestData.Places("Twelve died in the village of Zzyqf and 14 in Kidal, Mali.");
        Assert.Null(counted.Single(x => x.Place is null).Within); // "and 14 in" starts a new item
    }

    [Fact]
    public void A_run_with_an_unknown_word_before_a_settlement_word_is_one_unknown_name()
    {
        // "Kotka" alone is a Finnish town; "Kotka Zzyqg Zzyqh area" is one place no gazetteer knows.
        var text = "Militants torched a school in the Kotka Zzyqg Zzyqh area of Bannu in Pakistan.";
        var found = GeoTestData.Places(text);
        var m = found.Single(x => x.Place is null);
        Assert.Equal("Kotka Zzyqg Zzyqh", text.Substring(m.Span.Start, m.Span.Length));
        Assert.Equal("PK", m.Within?.Place?.CountryCode);
        Assert.DoesNotContain(found, x => x.Place?.CountryCode == "FI");
    }

    [Fact]
    public void A_name_owned_by_an_area_word_is_a_place_in_it()
    {
        var text = "Separatists in Cameroon stormed a mosque in the region’s Zzyqi, killing three worshippers.";
        var m = GeoTestData.Places(text).Single(x => text.Substring(x.Span.Start, x.Span.Length) == "Zzyqi");
        Assert.Null(m.Place);
        Assert.NotNull(m.CueSpan);
    }

    [Fact]
    public void A_capital_that_speaks_is_still_a_place()
    {
        var text = "Russian drones struck Kharkiv overnight, Ukraine said.\nKyiv said its air defences shot down 20 drones over Kyiv.";
        Assert.Contains("Kyiv", Named(text));
    }
}
