using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Sitrep.Output;
using Sitrep.Server;
using Sitrep.Store;

namespace Sitrep.Benchmarks;

/// <summary>
/// API latency: a temporary SQLite store filled with N generated events (default 100,000) through the
/// store API, the server started on loopback in this process, then C concurrent HttpClient loops
/// (default 50) calling <c>GET /api/events</c> for S seconds (default 10) per query shape. Prints
/// p50, p99 and throughput per shape. Client and server share the machine's cores.
/// </summary>
internal static class ServeBenchmark
{
    private static readonly string[] Types = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots", "Strategic developments"];
    private static readonly string[] Countries = ["Mali", "Niger", "Burkina Faso", "Nigeria", "Sudan", "Somalia", "Ethiopia", "Democratic Republic of Congo",
        "Mozambique", "Cameroon", "Chad", "Kenya", "Yemen", "Syria", "Iraq", "Myanmar", "Pakistan", "Afghanistan", "Colombia", "Mexico", "Ukraine", "India"];

    public static int Run(string[] args)
    {
        int n = Arg(args, "--events", 100_000), clients = Arg(args, "--clients", 50), seconds = Arg(args, "--seconds", 10);
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-serve-bench-{Guid.NewGuid():N}.db");
        try
        {
            var sw = Stopwatch.StartNew();
            using (var store = SqliteEventStore.Open(path)) Fill(store, n);
            long stored;
            using (var store = SqliteEventStore.Open(path)) stored = store.Counts().Events;
            Console.WriteLine($"stored {stored:N0} events in {sw.Elapsed.TotalSeconds:0.0} s ({Environment.ProcessorCount} cores, {clients} clients, {seconds} s per shape)");

            using (var store = SqliteEventStore.Open(path))
            {
                // The store alone, one thread: what a request costs before HTTP and JSON.
                foreach (var (label, f) in new[] { ("Events(limit 100)", (Action)(() => store.Events(new EventFilter { Limit = 100 }))),
                             ("CountEvents()", () => store.CountEvents(new EventFilter())),
                             ("Events(country, 100)", () => store.Events(new EventFilter { Country = "Mali", Limit = 100 })) })
                {
                    f();
                    var t = Stopwatch.StartNew();
                    for (int i = 0; i < 50; i++) f();
                    Console.WriteLine($"  store {label,-22} {t.Elapsed.TotalMilliseconds / 50,8:0.00} ms");
                }
            }
            var app = SitrepServer.Build(new ServerOptions { Db = path, Urls = "http://127.0.0.1:0" });
            app.StartAsync().GetAwaiter().GetResult();
            var address = SitrepServer.Address(app).TrimEnd('/');
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, UseProxy = false }) { BaseAddress = new Uri(address) };
            var rnd = new Random(7);
            var shapes = new (string Name, Func<Random, string> Url)[]
            {
                ("first page (100)", _ => "/api/events"),
                ("country, page 100", r => $"/api/events?country={Uri.EscapeDataString(Countries[r.Next(Countries.Length)])}"),
                ("type+since, page 100", r => $"/api/events?type={Uri.EscapeDataString(Types[r.Next(Types.Length)])}&since={2006 + r.Next(19)}-01-01"),
                ("random offset", r => $"/api/events?offset={r.Next(n - 100)}"),
                ("geojson 1000", r => $"/api/events?format=geojson&limit=1000&country={Uri.EscapeDataString(Countries[r.Next(Countries.Length)])}"),
            };
            Console.WriteLine($"{"GET /api/events",-24} {"requests",9} {"req/s",8} {"p50 ms",8} {"p99 ms",8} {"max ms",8}");
            foreach (var (name, url) in shapes)
            {
                Load(http, url, clients, TimeSpan.FromSeconds(2)); // warm-up, not counted
                var (lat, elapsed, failures) = Load(http, url, clients, TimeSpan.FromSeconds(seconds));
                lat.Sort();
                double P(double q) => lat.Count == 0 ? double.NaN : lat[Math.Min(lat.Count - 1, (int)Math.Ceiling(q * lat.Count) - 1)];
                Console.WriteLine($"{name,-24} {lat.Count,9:N0} {lat.Count / elapsed.TotalSeconds,8:N0} {P(0.50),8:0.0} {P(0.99),8:0.0} {lat[^1],8:0.0}"
                    + (failures > 0 ? $"  ({failures} failed)" : ""));
            }
            app.StopAsync().GetAwaiter().GetResult();
            ((IDisposable)app).Dispose();
            return 0;
        }
        finally
        {
            foreach (var suffix in new[] { "", "-wal", "-shm" })
                try { File.Delete(path + suffix); } catch (IOException) { }
        }
    }

    private static (List<double> Latencies, TimeSpan Elapsed, int Failures) Load(HttpClient http, Func<Random, string> url, int clients, TimeSpan duration)
    {
        var all = new ConcurrentBag<List<double>>();
        int failures = 0;
        var clock = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, clients).Select(i => Task.Run(async () =>
        {
            var mine = new List<double>();
            var r = new Random(i);
            while (clock.Elapsed < duration)
            {
                long t0 = Stopwatch.GetTimestamp();
                using var resp = await http.GetAsync(url(r), HttpCompletionOption.ResponseContentRead);
                if (resp.StatusCode != HttpStatusCode.OK) Interlocked.Increment(ref failures);
                mine.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
            }
            all.Add(mine);
        })).ToArray();
        Task.WaitAll(tasks);
        return (all.SelectMany(x => x).ToList(), clock.Elapsed, failures);
    }

    /// <summary>Generated events over 20 years and the countries above, 1,000 articles of one event per transaction.</summary>
    private static void Fill(IEventStore store, int n)
    {
        var r = new Random(42);
        var start = new DateOnly(2006, 1, 1);
        const int perBatch = 1000;
        for (int done = 0; done < n; done += perBatch)
        {
            var batch = new List<CodedArticle>(perBatch);
            for (int i = done; i < Math.Min(n, done + perBatch); i++)
            {
                var type = Types[r.Next(Types.Length)];
                var country = Countries[r.Next(Countries.Length)];
                var date = start.AddDays(r.Next(7300));
                var text = $"Generated report {i}: {type} in {country} on {date:yyyy-MM-dd}.";
                var e = new EventRecord
                {
                    EventDate = date.ToString("yyyy-MM-dd"), Year = date.Year, TimePrecision = 1, EventType = type, SubEventType = type,
                    Actor1 = $"Group {r.Next(500)}", Actor2 = $"Group {r.Next(500)}", Country = country, Location = $"Place {r.Next(5000)}",
                    Latitude = Math.Round(r.NextDouble() * 120 - 50, 4), Longitude = Math.Round(r.NextDouble() * 340 - 170, 4), GeoPrecision = 1,
                    Fatalities = r.Next(0, 30),
                    Evidence = new Dictionary<string, IReadOnlyList<Evidence>> { ["event_type"] = [new Evidence(18, 18 + type.Length, type)] },
                };
                batch.Add(new CodedArticle(new StoredArticle { Hash = Ingestor.Hash(text), Text = text, Origin = $"generated:{i}" }, [e]));
            }
            store.Add(batch);
        }
    }

    private static int Arg(string[] args, string name, int fallback)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var v) ? v : fallback;
    }
}
