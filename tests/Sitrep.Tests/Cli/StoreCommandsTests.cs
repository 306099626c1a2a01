using System.Diagnostics;
using System.Text.Json;
using Sitrep.Output;
using Sitrep.Store;
using static Sitrep.Tests.Store.StoreFixtures;

namespace Sitrep.Tests.Cli;

/// <summary>events, export, show and split, run as the real CLI over a store filled through the library.</summary>
public sealed class StoreCommandsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-cli-").FullName;
    private string Db => Path.Combine(_dir, "s.db");
    private readonly string _secondRef;

    public StoreCommandsTests()
    {
        using var s = SqliteEventStore.Open(Db);
        s.Add([Coded("First outlet.", Report("2025-06-01", 15.12, -1.15, 12, "health official", "12 killed"))]);
        var second = Coded("Second outlet.", Report("2025-06-02", 15.13, -1.14, 9, "army", "9 killed"));
        _secondRef = second.Article.Ref;
        s.Add([second]);
        s.Add([Coded("Elsewhere.", Report("2025-06-20", 12.64, -8.0, 0, "police", "no casualties", type: "Protests", sub: "Peaceful protest", actor1: "Protesters (Mali)", actor2: "", location: "Capital"))]);
    }

    [Fact]
    public void Acled_csv_has_acleds_header_and_one_row_per_event()
    {
        var (code, output, _) = Sitrep("export", "--format", "acled-csv", "--db", Db);
        Assert.Equal(0, code);
        var lines = output.TrimEnd().Split('\n');
        Assert.Equal(string.Join(',', AcledColumns.Export), lines[0].TrimEnd('\r'));
        Assert.Equal(3, lines.Length);
        Assert.Contains("2025-06-01", lines[1]);
    }

    [Fact]
    public void Export_writes_the_analysts_corrections_and_leaves_rejected_events_out()
    {
        using (var s = SqliteEventStore.Open(Db))
        {
            var events = s.Events(new EventFilter());
            s.Review(events[0].Id, new ReviewInput("correct", "ana", "fatalities", "31"));
            s.Review(events[1].Id, new ReviewInput("reject", "ana"));
        }
        var (code, output, _) = Sitrep("export", "--format", "acled-csv", "--db", Db);
        Assert.Equal(0, code);
        var lines = output.TrimEnd().Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Contains(",31,", lines[1]);
        Assert.DoesNotContain("Capital", output);
    }

    [Fact]
    public void Geojson_is_a_feature_collection_with_lon_lat_points()
    {
        var path = Path.Combine(_dir, "out.geojson");
        var (code, _, _) = Sitrep("export", "--format", "geojson", "--db", Db, "--country", "Mali", "-o", path);
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        Assert.Equal("FeatureCollection", doc.RootElement.GetProperty("type").GetString());
        var features = doc.RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(2, features.Count);
        var coords = features[0].GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()).ToList();
        Assert.Equal([-1.15, 15.12], coords);
    }

    [Fact]
    public void Jsonl_is_one_event_a_line_and_filters_apply()
    {
        var (code, output, _) = Sitrep("export", "--format", "jsonl", "--db", Db, "--type", "Battles", "--since", "2025-05-31");
        Assert.Equal(0, code);
        var line = Assert.Single(output.TrimEnd().Split('\n'));
        var e = JsonSerializer.Deserialize<EventRecord>(line)!;
        Assert.Equal(2, e.Claims.Count);
        Assert.Equal(9, e.Fatalities);
    }

    [Fact]
    public void Show_explains_the_merge_and_split_undoes_it()
    {
        var (code, output, _) = Sitrep("show", "1", "--db", Db, "--format", "json");
        Assert.Equal(0, code);
        using (var doc = JsonDocument.Parse(output))
        {
            var reports = doc.RootElement.GetProperty("reports").EnumerateArray().ToList();
            Assert.Equal(2, reports.Count);
            Assert.Contains("km apart", reports[1].GetProperty("match").GetString());
        }
        (code, output, _) = Sitrep("split", "1", _secondRef[..8], "--db", Db);
        Assert.Equal(0, code);
        Assert.Matches(@"is now event \d+", output);
        using var s = SqliteEventStore.Open(Db);
        Assert.Equal(3, s.Counts().Events);
        Assert.Equal(12, s.Event(1)!.Record.Fatalities);
    }

    [Fact]
    public void Bad_options_and_missing_events_are_one_line_errors()
    {
        foreach (var args in new[] { new[] { "events", "--db", Db, "--since", "June" }, ["show", "99", "--db", Db], ["split", "1", "nothing", "--db", Db], ["events", "--db", _dir] })
        {
            var (code, output, error) = Sitrep(args);
            Assert.NotEqual(0, code);
            Assert.StartsWith("sitrep: ", error);
            Assert.Single(error.TrimEnd().Split('\n'));
        }
    }

    private static (int Code, string Output, string Error) Sitrep(params string[] args)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h ? h : "dotnet";
        var psi = new ProcessStartInfo(dotnet) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "sitrep.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEndAsync();
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, output, err.Result);
    }

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
