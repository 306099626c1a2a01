using System.Diagnostics;
using System.Globalization;
using System.Text;
using Sitrep.Eval;
using Sitrep.Pipeline;
using Sitrep.Read;

namespace Sitrep.Benchmarks;

/// <summary>
/// <c>code [--seconds N] [--threads N]</c>: codes a corpus of real-sized articles over and over and prints throughput
/// (articles and MB per second), latency (mean and p99 per article) and allocation per article, first on one thread,
/// then, with --threads, on N. A corpus throughput figure rather than a BenchmarkDotNet micro-benchmark: the question
/// is how many articles one core codes per second end to end (goal: 2,000), over varied text, not the cost of one call.
/// </summary>
public static class CodeBenchmark
{
    public const double GoalPerCore = 2000;

    public static int Run(string[] args)
    {
        double seconds = 10;
        int threads = 0;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--seconds" when i + 1 < args.Length && double.TryParse(args[i + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s > 0:
                    seconds = s; i++; break;
                case "--threads" when i + 1 < args.Length && int.TryParse(args[i + 1], out var t) && t > 0:
                    threads = t; i++; break;
                default:
                    Console.Error.WriteLine($"bench: unknown or incomplete option '{args[i]}' (code [--seconds N] [--threads N])");
                    return 2;
            }
        }

        var corpus = LoadCorpus(out var sources);
        if (corpus.Count == 0)
        {
            Console.Error.WriteLine("bench: no articles found (examples/*.txt, ../shared/realnews/*.txt, ../shared/seed/article.txt)");
            return 1;
        }
        long bytes = corpus.Sum(a => (long)Encoding.UTF8.GetByteCount(a.Text));
        Console.WriteLine($"corpus: {corpus.Count} articles, {bytes / 1e6:F3} MB UTF-8, mean {bytes / corpus.Count / 1024.0:F1} KB ({string.Join("; ", sources)})");

        var build = Stopwatch.StartNew();
        var coder = new CoderBuilder().Build();
        build.Stop();
        Console.WriteLine($"coder build: {build.Elapsed.TotalMilliseconds:F1} ms ({coder.StageNames.Count} stages: {string.Join(", ", coder.StageNames)})");

        // Warm-up: JIT every path (tiered compilation settles after a few hundred calls per method).
        var warm = Stopwatch.StartNew();
        int events = 0;
        while (warm.Elapsed.TotalSeconds < Math.Min(2, seconds / 5))
            foreach (var a in corpus) events += coder.Code(a).Events.Count;
        Console.WriteLine($"warm-up: {warm.Elapsed.TotalSeconds:F1} s; events per corpus pass: {corpus.Sum(a => coder.Code(a).Events.Count)}");

        SingleThread(coder, corpus, bytes, seconds);
        Stages(coder, corpus, Math.Min(3, seconds));
        if (threads > 0) MultiThread(coder, corpus, bytes, seconds, threads);
        return 0;
    }

    private static void SingleThread(Coder coder, IReadOnlyList<ArticleInput> corpus, long corpusBytes, double seconds)
    {
        var times = new List<long>(1 << 16);
        long articleBytes = 0;
        var sizes = corpus.Select(a => (long)Encoding.UTF8.GetByteCount(a.Text)).ToArray();
        long alloc0 = GC.GetAllocatedBytesForCurrentThread();
        int gen0 = GC.CollectionCount(0);
        var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        long limit = (long)(seconds * Stopwatch.Frequency), start = Stopwatch.GetTimestamp(), now = start;
        int i = 0;
        while (now - start < limit)
        {
            long t0 = Stopwatch.GetTimestamp();
            coder.Code(corpus[i]);
            now = Stopwatch.GetTimestamp();
            times.Add(now - t0);
            articleBytes += sizes[i];
            if (++i == corpus.Count) i = 0;
        }
        double elapsed = (double)(now - start) / Stopwatch.Frequency;
        long alloc = GC.GetAllocatedBytesForCurrentThread() - alloc0;
        // CPU seconds as well as wall seconds: on a shared, busy machine the wall figure measures the neighbours.
        double cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds;
        times.Sort();
        double ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
        double perSec = times.Count / elapsed;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"1 thread: {perSec:F0} articles/s, {articleBytes / 1e6 / elapsed:F2} MB/s, mean {ms(times.Sum()) / times.Count:F3} ms, p99 {ms(times[(int)Math.Min(times.Count - 1, times.Count * 0.99)]):F3} ms per article, {alloc / times.Count:N0} bytes allocated per article, {GC.CollectionCount(0) - gen0} gen0 GCs ({times.Count} articles in {elapsed:F1} s)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"1 thread, per CPU second (process CPU time, GC and JIT threads included): {times.Count / cpu:F0} articles/s, {articleBytes / 1e6 / cpu:F2} MB/s"));
        Console.WriteLine($"goal: {GoalPerCore:F0} articles/s per core: {(perSec >= GoalPerCore ? "met" : "NOT met")} ({perSec / GoalPerCore:P0})");
    }

    /// <summary>Mean microseconds and bytes allocated per article in each stage and in the assembler (one thread).</summary>
    private static void Stages(Coder coder, IReadOnlyList<ArticleInput> corpus, double seconds)
    {
        var names = coder.StageNames.Append("assemble").ToArray();
        var ticks = new long[names.Length * 2];
        long n = 0;
        var sw = Stopwatch.StartNew();
        while (sw.Elapsed.TotalSeconds < seconds)
            foreach (var a in corpus) { coder.Code(a, ticks); n++; }
        Console.WriteLine("per stage (µs per article): " + string.Join(", ", names.Select((name, i) =>
            string.Create(CultureInfo.InvariantCulture, $"{name} {ticks[i] * 1e6 / Stopwatch.Frequency / n:F1}"))));
        Console.WriteLine("per stage (bytes allocated per article): " + string.Join(", ", names.Select((name, i) =>
            string.Create(CultureInfo.InvariantCulture, $"{name} {ticks[names.Length + i] / n:N0}"))));
    }

    private static void MultiThread(Coder coder, IReadOnlyList<ArticleInput> corpus, long corpusBytes, double seconds, int threads)
    {
        var sizes = corpus.Select(a => (long)Encoding.UTF8.GetByteCount(a.Text)).ToArray();
        long total = 0, totalBytes = 0;
        long alloc0 = GC.GetTotalAllocatedBytes(precise: true);
        var sw = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            long n = 0, b = 0;
            int i = t * corpus.Count / threads;
            while (sw.Elapsed.TotalSeconds < seconds)
            {
                coder.Code(corpus[i]);
                n++; b += sizes[i];
                if (++i == corpus.Count) i = 0;
            }
            Interlocked.Add(ref total, n);
            Interlocked.Add(ref totalBytes, b);
        }) { IsBackground = true }).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
        double elapsed = sw.Elapsed.TotalSeconds;
        long alloc = GC.GetTotalAllocatedBytes(precise: true) - alloc0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{threads} threads: {total / elapsed:F0} articles/s, {totalBytes / 1e6 / elapsed:F2} MB/s, {total / elapsed / threads:F0} articles/s per thread, {alloc / Math.Max(1, total):N0} bytes allocated per article ({Environment.ProcessorCount} logical cores here)"));
    }

    /// <summary>examples/*.txt, then ../shared/realnews/*.txt and ../shared/seed/article.txt where ../shared is present.</summary>
    private static List<ArticleInput> LoadCorpus(out List<string> sources)
    {
        var found = new List<string>();
        sources = found;
        var root = FindRoot();
        var list = new List<ArticleInput>();
        void AddDir(string dir, string pattern, string label)
        {
            if (!Directory.Exists(dir)) return;
            int n = 0;
            foreach (var f in Directory.EnumerateFiles(dir, pattern).Order(StringComparer.Ordinal))
            {
                var read = ArticleFileReader.Read(f);
                if (!read.Ok) { Console.Error.WriteLine($"bench: skipped {read.Error}"); continue; }
                list.Add(new ArticleInput(read.Text!, Path.GetFileName(f), PublishedBeside(f)));
                n++;
            }
            if (n > 0) found.Add($"{n} from {label}");
        }
        AddDir(Path.Combine(root, "examples"), "*.txt", "examples/");
        var shared = Path.GetFullPath(Path.Combine(root, "..", "shared"));
        if (Directory.Exists(shared))
        {
            AddDir(Path.Combine(shared, "realnews"), "*.txt", "../shared/realnews");
            AddDir(Path.Combine(shared, "seed"), "article.txt", "../shared/seed");
        }
        else found.Add("../shared is absent beside the checkout: examples/ only");
        return list;
    }

    /// <summary>The gold's publication date for an article (NAME.gold.json or gold.json beside it), as eval gives it.</summary>
    private static DateOnly? PublishedBeside(string articlePath)
    {
        var dir = Path.GetDirectoryName(articlePath)!;
        foreach (var g in new[] { Path.Combine(dir, Path.GetFileNameWithoutExtension(articlePath) + ".gold.json"), Path.Combine(dir, "gold.json") })
        {
            if (!File.Exists(g)) continue;
            var r = GoldFileReader.Read(g);
            if (r.Ok && r.Gold!.Article == Path.GetFileName(articlePath)) return r.Gold.Published;
        }
        return null;
    }

    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            var dir = new DirectoryInfo(start);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx"))) dir = dir.Parent;
            if (dir is not null) return dir.FullName;
        }
        return Directory.GetCurrentDirectory();
    }
}
