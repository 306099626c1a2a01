using Sitrep.Geo;
using Sitrep.Tests.Support;
using Xunit.Abstractions;

namespace Sitrep.Tests.Geo;

/// <summary>Prints what the recognizer finds in the real reports under ../shared/realnews (for reading, not asserting).</summary>
public class PlaceDump(ITestOutputHelper output)
{
    [SharedDataFact]
    public void Dump_places_in_real_reports()
    {
        var dir = Path.Combine(RepoPaths.Shared!, "realnews");
        var filter = Environment.GetEnvironmentVariable("SITREP_DUMP");
        if (filter is null) return; // only on request: SITREP_DUMP=all or a file-name fragment
        foreach (var f in Directory.EnumerateFiles(dir, "*.txt", SearchOption.AllDirectories).Order())
        {
            if (filter != "all" && !f.Contains(filter)) continue;
            var doc = GeoTestData.Doc(File.ReadAllText(f));
            new PlaceRecognizer(GeoTestData.Bundled, CountryCatalog.Default).Run(doc);
            output.WriteLine($"== {Path.GetFileName(f)}");
            foreach (var m in doc.MentionsOf<PlaceMention>())
                output.WriteLine($"  {doc.Slice(m.Span)} -> {m.Place?.Name} {m.Place?.CountryCode} {m.Place?.FeatureCode} p{m.GeoPrecision} | {m.Why}");
        }
    }
}
