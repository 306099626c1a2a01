using Sitrep.Geo;
using Sitrep.Geo.Compact;
using Sitrep.Tests.Support;
using Xunit.Abstractions;

namespace Sitrep.Tests.Geo;

/// <summary>
/// The team's places test set (data/places.tsv): each sentence alone, the named place resolved by the
/// recognizer against the bundled gazetteer, counted right when within 25 km of the expected point.
/// Prints the accuracy and every miss.
/// </summary>
public class PlacesTestSetTests(ITestOutputHelper output)
{
    public sealed record Row(string Sentence, string Mention, double Lat, double Lon, string Country);

    public static List<Row> Load()
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "Sitrep.Tests", "Geo", "data", "places.tsv");
        var rows = new List<Row>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#' || line.StartsWith("sentence\t", StringComparison.Ordinal)) continue;
            var f = line.Split('\t');
            rows.Add(new Row(f[0], f[1], double.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture),
                double.Parse(f[3], System.Globalization.CultureInfo.InvariantCulture), f[4]));
        }
        return rows;
    }

    [Fact]
    public void Test_set_is_large_and_varied()
    {
        var rows = Load();
        Assert.True(rows.Count >= 150, $"{rows.Count} rows");
        Assert.True(rows.Select(r => r.Country).Distinct().Count() >= 15);
        // Ambiguous names: the same mention expected in different places.
        Assert.Contains(rows.GroupBy(r => r.Mention), g => g.Select(r => r.Country).Distinct().Count() > 1);
    }

    [Fact]
    public void Accuracy_within_25_km_is_at_least_0_9()
    {
        var rows = Load();
        int right = 0;
        foreach (var r in rows)
        {
            var found = GeoTestData.Places(r.Sentence);
            var m = found.FirstOrDefault(p => r.Sentence.Substring(p.Span.Start, p.Span.Length) == r.Mention);
            double? km = m?.Place is { } pl ? Distance.Km(pl.Latitude, pl.Longitude, r.Lat, r.Lon) : null;
            if (km <= 25) right++;
            else output.WriteLine($"MISS {r.Mention} ({r.Country}): {(m is null ? "not recognized" : m.Place is null ? "unknown" : $"{m.Place.Name} {m.Place.CountryCode} {km:0} km off")} | {r.Sentence} | {m?.Why}");
        }
        double accuracy = (double)right / rows.Count;
        output.WriteLine($"places test set: {right}/{rows.Count} within 25 km, accuracy {accuracy:0.000}");
        Console.WriteLine($"places test set: {right}/{rows.Count} within 25 km, accuracy {accuracy:0.000}");
        Assert.True(accuracy >= 0.9, $"accuracy {accuracy:0.000}");
    }
}
