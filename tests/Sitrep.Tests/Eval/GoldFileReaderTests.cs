using Sitrep.Eval;

namespace Sitrep.Tests.Eval;

public class GoldFileReaderTests
{
    private const string Event = """{"id":"e1","event_date":"2025-06-01","latitude":15.12,"longitude":-1.15,"sub_event_type":"Armed clash","fatalities":60,"wounded":null}""";

    [Fact]
    public void Reads_a_well_formed_gold()
    {
        var r = GoldFileReader.Parse($$"""{"article":"a.txt","published":"2025-06-03","lang":"fr","events":[{{Event}}]}""", "g.json");
        Assert.True(r.Ok, r.Error);
        var g = r.Gold!;
        Assert.Equal(new DateOnly(2025, 6, 3), g.Published);
        Assert.Equal("fr", g.Lang);
        var e = Assert.Single(g.Events);
        Assert.Equal(["Armed clash"], e.SubEventTypes);
        Assert.Equal(25, e.WithinKm);
        Assert.Equal(new GoldNumber(60), e.Fatalities);
        Assert.Equal(new GoldNumber(null), e.Wounded);
        Assert.Null(e.LocationNames);
    }

    [Theory]
    [InlineData("not json at all", "g.json: not JSON")]
    [InlineData("[]", "the top level must be an object")]
    [InlineData("""{"events":[]}""", "no \"article\"")]
    [InlineData("""{"article":"a.txt"}""", "no \"events\" array")]
    [InlineData("""{"article":"a.txt","events":{}}""", "no \"events\" array")]
    [InlineData("""{"article":"a.txt","events":[{"id":"x"}]}""", "event 1 ('x'): no event_date")]
    [InlineData("""{"article":"a.txt","events":[{"event_date":"1 June 2025"}]}""", "event 1: event_date is not a date as YYYY-MM-DD: '1 June 2025'")]
    [InlineData("""{"article":"a.txt","published":"2025-13-01","events":[]}""", "\"published\" is not a date")]
    [InlineData("""{"article":"a.txt","events":[{"event_date":"2025-06-01","latitude":15}]}""", "event 1: latitude without longitude")]
    [InlineData("""{"article":"a.txt","events":[{"event_date":"2025-06-01","fatalities":"many"}]}""", "event 1: fatalities is not a number")]
    [InlineData("""{"article":"a.txt","events":[{"event_date":"2025-06-01","captured_min":3}]}""", "captured_min and captured_max go together")]
    public void Malformed_gold_is_refused_with_file_and_reason(string json, string expected)
    {
        var r = GoldFileReader.Parse(json, "g.json");
        Assert.False(r.Ok);
        Assert.StartsWith("g.json: ", r.Error);
        Assert.Contains(expected, r.Error);
        Assert.DoesNotContain("\n", r.Error);
    }

    [Fact]
    public void A_missing_article_file_is_refused()
    {
        var dir = Directory.CreateTempSubdirectory("sitrep-gold-");
        try
        {
            var path = Path.Combine(dir.FullName, "x.gold.json");
            File.WriteAllText(path, """{"article":"x.txt","events":[]}""");
            var r = GoldFileReader.Read(path);
            Assert.Equal($"{path}: article file 'x.txt' is missing.", r.Error);
            File.WriteAllText(Path.Combine(dir.FullName, "x.txt"), "text");
            Assert.True(GoldFileReader.Read(path).Ok);
            Assert.Contains("no such file", GoldFileReader.Read(Path.Combine(dir.FullName, "none.json")).Error);
        }
        finally { dir.Delete(recursive: true); }
    }
}
