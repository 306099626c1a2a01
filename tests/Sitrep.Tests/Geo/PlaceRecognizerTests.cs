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
}
