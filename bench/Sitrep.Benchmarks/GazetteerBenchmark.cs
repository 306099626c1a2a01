using System.Diagnostics;
using Sitrep.Geo;
using Sitrep.Geo.Compact;
using Sitrep.Text;

namespace Sitrep.Benchmarks;

/// <summary>
/// <c>gazetteer [--file PATH] [--seconds N]</c>: the bundled gazetteer's open time and memory, lookup and
/// name-check speed, and the place stage's time per article (../shared/realnews when present). Prints figures.
/// </summary>
internal static class GazetteerBenchmark
{
    public static int Run(string[] args)
    {
        string? file = null;
        double seconds = 2;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--file" && i + 1 < args.Length) file = args[++i];
            else if (args[i] == "--seconds" && i + 1 < args.Length) seconds = double.Parse(args[++i]);
        }
        file ??= BundledGazetteer.Locate();
        if (file is null)
        {
            Console.Error.WriteLine("bench: no bundled gazetteer; run tools/build-gazetteer.sh");
            return 2;
        }

        var proc = Process.GetCurrentProcess();
        proc.Refresh();
        long ws0 = proc.WorkingSet64, managed0 = GC.GetTotalMemory(true);
        var sw = Stopwatch.StartNew();
        var gaz = CompactGazetteer.Open(file);
        double firstOpenMs = sw.Elapsed.TotalMilliseconds;
        proc.Refresh();
        long ws1 = proc.WorkingSet64, managed1 = GC.GetTotalMemory(true);
        sw.Restart();
        const int reopen = 10;
        for (int i = 0; i < reopen; i++) CompactGazetteer.Open(file);
        double warmOpenMs = sw.Elapsed.TotalMilliseconds / reopen;

        Console.WriteLine($"file: {file} ({new FileInfo(file).Length / 1048576.0:0.0} MiB, {gaz.PlaceCount:N0} places, {gaz.KeyCount:N0} names)");
        Console.WriteLine($"open (first, incl. JIT): {firstOpenMs:0.0} ms; open (warm, mean of {reopen}): {warmOpenMs:0.0} ms");
        Console.WriteLine($"memory after open: +{(managed1 - managed0) / 1048576.0:0.0} MiB managed, +{(ws1 - ws0) / 1048576.0:0.0} MiB working set");

        string[] names = ["Gao", "Timbuktu", "Boulkessi", "Maiduguri", "El Fasher", "Mogadishu", "Kaya", "Say", "Paris", "Tripoli",
                          "Kharkiv", "Aleppo", "Goma", "Tillaberi", "San Pedro", "Tuesday", "Associated Press", "Xqzzy", "Bamako", "Mopti"];
        long n = 0;
        sw.Restart();
        while (sw.Elapsed.TotalSeconds < seconds)
            foreach (var name in names) { gaz.IsKnownName(name); n++; }
        double knownPerSec = n / sw.Elapsed.TotalSeconds;
        n = 0;
        long results = 0;
        sw.Restart();
        while (sw.Elapsed.TotalSeconds < seconds)
            foreach (var name in names) { results += gaz.Lookup(name).Count; n++; }
        double lookupPerSec = n / sw.Elapsed.TotalSeconds;
        Console.WriteLine($"IsKnownName: {knownPerSec / 1e6:0.00} M/s ({1e9 / knownPerSec:0} ns each)");
        Console.WriteLine($"Lookup (decodes every candidate, {results / (double)n:0.0} on average): {lookupPerSec / 1e3:0.0} k/s ({1e6 / lookupPerSec:0.0} µs each)");

        var shared = Path.Combine(FindRoot(), "..", "shared", "realnews");
        if (Directory.Exists(shared))
        {
            var texts = Directory.EnumerateFiles(shared, "*.txt").Select(File.ReadAllText).ToList();
            var stage = new PlaceRecognizer(gaz, CountryCatalog.Default);
            foreach (var t in texts) RunStage(stage, t); // warm-up
            sw.Restart();
            int docs = 0, mentions = 0;
            while (sw.Elapsed.TotalSeconds < seconds)
                foreach (var t in texts) { mentions += RunStage(stage, t); docs++; }
            Console.WriteLine($"place stage over {texts.Count} real reports: {sw.Elapsed.TotalMilliseconds / docs:0.00} ms per article ({mentions / (double)docs:0.0} mentions each)");
        }
        return 0;
    }

    private static int RunStage(PlaceRecognizer stage, string text)
    {
        var doc = new Document(text);
        stage.Run(doc);
        return doc.Mentions.Count;
    }

    private static string FindRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "Sitrep.slnx"))) return d.FullName;
        return ".";
    }
}
