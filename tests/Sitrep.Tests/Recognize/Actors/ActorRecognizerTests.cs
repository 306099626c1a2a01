using Sitrep.Recognize.Actors;
using Sitrep.Segment;
using Sitrep.Tests.Support;
using Sitrep.Text;

namespace Sitrep.Tests.Recognize.Actors;

public class ActorRecognizerTests
{
    internal static readonly ActorCatalog Catalog = ActorCatalog.Load(FakeCountries.Instance);

    internal static Document Read(string text)
    {
        var doc = new Document(text);
        new LayoutAnalyzer().Run(doc);
        new SentenceSegmenter().Run(doc);
        new ActorRecognizer(Catalog).Run(doc);
        return doc;
    }

    private static string Show(Document doc, ActorMention m) =>
        $"{doc.Slice(m.Span)}={m.Actor.Id}{(m.CountryIso2 is null ? "" : "/" + m.CountryIso2)}{(m.IsGeneric ? "*" : "")}";

    private static string Actors(string text)
    {
        var doc = Read(text);
        return string.Join(" | ", doc.MentionsOf<ActorMention>().Select(m => Show(doc, m)));
    }

    // Sentences written for these tests. Expected: "text=id[/ISO2][* if generic]" in text order.
    [Theory]
    [InlineData("", "")]
    [InlineData("   \n  ", "")]
    [InlineData("Fighters of JNIM attacked the town of Diafarabé on Sunday.", "Fighters=unidentified-armed* | JNIM=jnim")]
    [InlineData("The Group for Support of Islam and Muslims said it held the post.", "Group for Support of Islam and Muslims=jnim")]
    [InlineData("Malian soldiers pushed back the assault near the river.", "Malian soldiers=ml-military/ML")]
    [InlineData("The Malian army said its positions were hit.", "Malian army=ml-military/ML")]
    [InlineData("Mali's army said its positions were hit.", "Mali's army=ml-military/ML")]
    [InlineData("The army of Mali said its positions were hit.", "army of Mali=ml-military/ML")]
    [InlineData("FAMa units returned to the camp at dawn.", "FAMa=ml-military/ML")]
    [InlineData("Burkinabe soldiers and VDP fighters were ambushed on the road.", "Burkinabe soldiers=bf-military/BF | VDP=vdp/BF | fighters=unidentified-armed*")]
    [InlineData("Somali police arrested two men after the blast.", "Somali police=so-police/SO | men=")]
    [InlineData("Gunmen on motorcycles killed 12 villagers in the district.", "Gunmen on motorcycles=unidentified-armed* | villagers=civilians*")]
    [InlineData("Unidentified armed men abducted students from a school.", "Unidentified armed men=unidentified-armed* | students=civilians*")]
    [InlineData("Soldiers fired on protesters outside the ministry.", "Soldiers=military* | protesters=protesters*")]
    [InlineData("Nigerien civilians fled after the attack by suspected jihadists.", "Nigerien civilians=civilians/NE* | jihadists=unidentified-armed*")]
    [InlineData("The Arakan Army seized a town from the junta.", "Arakan Army=arakan-army/MM")]
    [InlineData("Boko Haram fighters stormed the village at night.", "Boko Haram=jas | fighters=unidentified-armed*")]
    [InlineData("The RSF shelled the camp, while the SAF hit the market.", "RSF=rsf/SD | SAF=sd-military/SD")]
    [InlineData("saf and pdf are not acronyms here.", "")]
    [InlineData("The Pentagon told AFP that the strike was under review.", "Pentagon=us-military/US")]
    [InlineData("M23 rebels took control of the hill.", "M23 rebels=m23/CD")]
    [InlineData("Al Shabaab claimed the bombing.", "Al Shabaab=al-shabaab")]
    [InlineData("al Shabaab claimed the bombing.", "al Shabaab=al-shabaab")]
    [InlineData("JNIM's fighters held the road.", "JNIM=jnim | fighters=unidentified-armed*")]
    [InlineData("Armed Forces of the Philippines troops clashed with the New People’s Army.", "Armed Forces of the Philippines=ph-military/PH | New People’s Army=npa/PH")]
    public void Finds_actors(string text, string expected)
    {
        var actual = Actors(text);
        // "=" with no id marks a phrase we do not pin here (an entry may or may not hold it): drop both sides.
        var want = expected.Split(" | ", StringSplitOptions.RemoveEmptyEntries).Where(e => !e.EndsWith('=')).ToList();
        var got = actual.Split(" | ", StringSplitOptions.RemoveEmptyEntries)
            .Where(g => !expected.Split(" | ").Any(e => e.EndsWith('=') && g.StartsWith(e))).ToList();
        Assert.Equal(string.Join(" | ", want), string.Join(" | ", got));
    }

    [Fact]
    public void Al_Shabaab_in_a_Mozambican_story_is_the_Cabo_Delgado_insurgency()
    {
        var doc = Read("Al-Shabaab fighters burned houses in Mocímboa da Praia, Mozambique, on Friday.");
        var m = doc.MentionsOf<ActorMention>().First();
        Assert.Equal("aswj", m.Actor.Id);
        Assert.Equal("Al-Shabaab", doc.Slice(m.Span));
    }

    [Fact]
    public void Al_Shabaab_in_a_Somali_story_is_al_Shabaab()
    {
        var doc = Read("Al-Shabaab fighters attacked a base in Somalia on Friday.");
        Assert.Equal("al-shabaab", doc.MentionsOf<ActorMention>().First().Actor.Id);
    }

    [Fact]
    public void Islamic_State_with_West_Africa_is_ISWAP()
    {
        var doc = Read("The Islamic State group said its West Africa branch carried out the raid.");
        Assert.Equal("iswap", doc.MentionsOf<ActorMention>().Single().Actor.Id);
    }

    [Fact]
    public void Islamic_State_in_a_Malian_story_is_IS_Sahel_even_with_West_Africa_elsewhere()
    {
        var doc = Read("Mali is one of several West Africa states fighting insurgents. Islamic State fighters attacked a Malian post near Menaka.");
        Assert.Equal("is-sahel", doc.MentionsOf<ActorMention>().Single(m => m.Actor.Id.StartsWith("is")).Actor.Id);
    }

    [Fact]
    public void Islamic_State_alone_is_generic_Islamic_State()
    {
        var doc = Read("The Islamic State claimed the attack in a statement.");
        Assert.Equal("is", doc.MentionsOf<ActorMention>().Single().Actor.Id);
    }

    [Fact]
    public void Separatists_in_a_Cameroonian_story_are_Ambazonian_separatists()
    {
        var doc = Read("Separatists attacked a checkpoint in Bamenda, Cameroon.");
        Assert.Equal("ambazonia", doc.MentionsOf<ActorMention>().First().Actor.Id);
    }

    [Theory]
    [InlineData("FDS troops repelled the attack near Ayorou, Niger.", "ne-military")]
    [InlineData("FDS troops repelled the attack near Mocímboa, Mozambique.", "mz-military")]
    [InlineData("FDS troops repelled the attack.", "military")]
    public void FDS_is_resolved_by_the_story_country(string text, string id) =>
        Assert.Equal(id, Read(text).MentionsOf<ActorMention>().First().Actor.Id);

    [Fact]
    public void A_named_group_wins_over_a_generic_word_inside_it()
    {
        var doc = Read("The Baloch Liberation Army attacked a train.");
        var m = doc.MentionsOf<ActorMention>().Single();
        Assert.Equal("bla", m.Actor.Id);
        Assert.Equal("Baloch Liberation Army", doc.Slice(m.Span));
    }

    [Fact]
    public void The_news_agency_AFP_is_not_an_actor()
    {
        var doc = Read("A witness told AFP that the shooting lasted an hour.");
        Assert.DoesNotContain(doc.MentionsOf<ActorMention>(), m => doc.Slice(m.Span).Contains("AFP"));
    }

    [Fact]
    public void Generic_names_fill_the_country()
    {
        var gunmen = Catalog.ById("unidentified-armed")!;
        Assert.Equal("Unidentified Armed Group (Mali)", gunmen.NameFor(FakeCountries.Instance.ByIso2("ML")));
        Assert.Equal("Unidentified Armed Group", gunmen.NameFor(null));
        Assert.Equal("Military Forces of Niger", Catalog.ById("military")!.NameFor(FakeCountries.Instance.ByIso2("NE")));
    }

    [Fact]
    public void Every_actor_has_an_ACLED_inter_and_40_countries_have_state_forces()
    {
        Assert.True(Catalog.Entries.Count(e => e.Kind == ActorKind.StateMilitary && !e.IsGeneric) >= 40);
        foreach (var id in new[] { "jnim", "is-sahel", "iswap", "jas", "ansaru", "aqim", "al-shabaab", "fla", "rsf", "m23", "adf", "codeco", "wagner", "hts", "houthis", "ttp", "bla", "is-k" })
            Assert.NotNull(Catalog.ById(id));
    }
}
