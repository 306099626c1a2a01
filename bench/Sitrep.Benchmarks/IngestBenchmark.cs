using System.Diagnostics;
using Sitrep.Output;
using Sitrep.Pipeline;
using Sitrep.Store;
using Sitrep.Tests.Support;
using Sitrep.Text;

namespace Sitrep.Benchmarks;

/// <summary>
/// Ingest throughput: N generated stories (default 10,000) read, hashed, coded and stored, into SQLite
/// and into PostgreSQL (a throwaway local cluster when the binaries are installed, or --pg). Run twice
/// per store: with the coder as built today, and with a stand-in coder that yields one event per
/// article, so the event matching and merging path is measured too.
/// </summary>
internal static class IngestBenchmark
{
    public static int Run(string[] args)
    {
        int n = args.Length > 0 && int.TryParse(args[0], out var k) ? k : 10_000;
        var pgIndex = Array.IndexOf(args, "--pg");
        string? pg = pgIndex >= 0 && pgIndex + 1 < args.Length ? args[pgIndex + 1] : null;

        var dir = Path.Combine(Path.GetTempPath(), $"sitrep-bench-{Guid.NewGuid():N}");
        var input = Path.Combine(dir, "in");
        var sw = Stopwatch.StartNew();
        WireStoryGenerator.Write(input, n, seed: 1);
        Console.WriteLine($"generated {n:N0} stories in {sw.Elapsed.TotalSeconds:0.0} s ({Environment.ProcessorCount} cores)");

        PostgresServer? server = null;
        try
        {
            var coders = new (string Name, Coder Coder)[] { ("coder as built", new CoderBuilder().Build()), ("1 event/article", OneEventPerArticle()) };
            foreach (var (name, coder) in coders)
            {
                var path = Path.Combine(dir, $"bench-{name.Length}.db");
                using (var store = SqliteEventStore.Open(path)) Measure($"SQLite     {name}", coder, store, input, n);
            }
            if (pg is null && PostgresServer.Unavailable is null) { server = new PostgresServer(); }
            if (pg is null && server is null) Console.WriteLine($"PostgreSQL: {PostgresServer.Unavailable}");
            foreach (var (name, coder) in coders)
            {
                var cs = pg ?? server?.NewDatabase();
                if (cs is null) break;
                using var store = PostgresEventStore.Open(cs);
                Measure($"PostgreSQL {name}", coder, store, input, n);
            }
        }
        finally
        {
            server?.Dispose();
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
        return 0;
    }

    private static void Measure(string label, Coder coder, IEventStore store, string input, int n)
    {
        var s = new Ingestor(coder, store).Run([input]);
        var again = new Ingestor(coder, store).Run([input]);
        foreach (var g in s.Skipped.GroupBy(x => x.Reason).Take(3)) Console.WriteLine($"  skipped {g.Count()} × {g.Key}");
        Console.WriteLine($"{label,-32} {s.ArticlesPerSecond,8:N0} articles/s  ({s.ArticlesNew:N0} articles, {s.EventsNew:N0} events new, {s.EventsMerged:N0} merged, {s.Elapsed.TotalSeconds:0.0} s; rerun {again.ArticlesPerSecond:N0} articles/s, {again.ArticlesNew} new)");
    }

    /// <summary>A stand-in until the real coder lands: one battle per story, in the town its dateline names.</summary>
    private static Coder OneEventPerArticle() => new(new Sitrep.Pipeline.Pipeline([]), (Document d) =>
    {
        var dateline = d.Text.Split('\n').Skip(2).FirstOrDefault() ?? "";
        var town = dateline.Split(',')[0];
        var (lat, lon) = (town.Length * 1.7 % 30, town.Length * 3.1 % 40);
        return [new EventRecord
        {
            EventDate = d.Published?.ToString("yyyy-MM-dd") ?? "", EventType = "Battles", SubEventType = "Armed clash",
            Actor1 = "Unidentified Armed Group", Location = town, Country = "Testland", Latitude = lat, Longitude = lon,
            Fatalities = d.Text.Length % 17, FatalitiesLow = d.Text.Length % 17, FatalitiesHigh = d.Text.Length % 17,
            Claims = [new Claim("source", "toll", dateline.Length > 40 ? dateline[..40] : dateline, 0, Math.Min(40, dateline.Length))],
        }];
    });
}
