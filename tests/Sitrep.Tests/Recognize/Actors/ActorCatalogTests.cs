using Sitrep.Recognize.Actors;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Recognize.Actors;

public class ActorCatalogTests
{
    private const string Good = """{"id":"x","name":"X","inter":"Rebel group","kind":"NamedArmedGroup","aliases":["X"],"countries":[],"source":"test"}""";

    [Theory]
    [InlineData("""{"id":"x","name":"X","inter":"Rebel group","kind":"NamedArmedGroup","aliases":["X"],"countries":[],"source":"t","colour":"red"}""", "test.jsonl line 2, key 'colour': unknown key")]
    [InlineData("""{"id":"x","name":"X","inter":"Rebel group","kind":"NamedArmedGroup","aliases":["X"],"countries":[]}""", "test.jsonl line 2, key 'source': missing")]
    [InlineData("""{"id":"y","name":"Y","inter":"Rebels","kind":"NamedArmedGroup","aliases":["Y"],"countries":[],"source":"t"}""", "test.jsonl line 2, key 'inter': 'Rebels' is not an ACLED inter category")]
    [InlineData("""{"id":"y","name":"Y","inter":"Rebel group","kind":"Gang","aliases":["Y"],"countries":[],"source":"t"}""", "test.jsonl line 2, key 'kind': 'Gang' is not an actor kind")]
    [InlineData("""{"id":"y","name":"Y","inter":"Rebel group","kind":"NamedArmedGroup","aliases":"Y","countries":[],"source":"t"}""", "test.jsonl line 2, key 'aliases': must be an array of strings")]
    [InlineData("""{"id":"y","name":"Y","inter":"Rebel group","kind":"NamedArmedGroup","aliases":["Y"],"countries":["Mali"],"source":"t"}""", "test.jsonl line 2, key 'countries': 'Mali' is not an ISO 3166-1 alpha-2 code")]
    [InlineData("{not json", "test.jsonl line 2: not valid JSON")]
    public void A_bad_line_names_file_line_and_key(string line, string expected)
    {
        var e = Assert.Throws<ActorDataException>(() => ActorCatalog.Load(FakeCountries.Instance, [("test.jsonl", Good + "\n" + line + "\n")]));
        Assert.StartsWith(expected, e.Message);
    }

    [Fact]
    public void The_embedded_files_load() => Assert.NotEmpty(ActorRecognizerTests.Catalog.Entries);
}

public class ActorDataTests
{
    [Fact]
    public void Every_country_code_in_the_actor_files_is_in_the_country_catalog()
    {
        var catalog = Sitrep.Recognize.Actors.ActorCatalog.Default;
        var unknown = catalog.Entries.SelectMany(e => e.Countries.Select(c => (e.Id, c)))
            .Where(x => Sitrep.Geo.CountryCatalog.Default.ByIso2(x.c) is null).ToList();
        Assert.Empty(unknown);
    }

    [Fact]
    public void Named_state_forces_use_ACLED_names()
    {
        foreach (var e in Sitrep.Recognize.Actors.ActorCatalog.Default.Entries.Where(e => !e.IsGeneric && e.Inter == "State forces"))
            Assert.Matches("^(Military|Police) Forces of ", e.Name);
    }
}
