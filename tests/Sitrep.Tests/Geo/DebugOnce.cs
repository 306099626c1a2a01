namespace Sitrep.Tests.Geo;
public class DebugOnce(Xunit.Abstractions.ITestOutputHelper o)
{
    [Fact]
    public void Debug_one()
    {
        var s = Environment.GetEnvironmentVariable("SITREP_SENTENCE");
        if (s is null) return;
        var doc = GeoTestData.Doc(s);
        new Sitrep.Geo.PlaceRecognizer(GeoTestData.Bundled, Sitrep.Geo.CountryCatalog.Default).Run(doc);
        o.WriteLine($"count {doc.Mentions.Count}"); foreach (var m in doc.Mentions) o.WriteLine(m.ToString());
    }
}
