using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Sitrep.Pipeline;
using Sitrep.Read;

namespace Sitrep.Store;

/// <summary>Where an ingest stands, for a progress bar.</summary>
public sealed record IngestProgress(int Units, int UnitsDone, long ArticlesStored, double ArticlesPerSecond);

/// <summary>What an ingest did, for the summary at its end.</summary>
public sealed record IngestSummary(
    long ArticlesRead, long ArticlesNew, long Duplicates, long EventsNew, long EventsMerged,
    IReadOnlyList<(string Origin, string Reason)> Skipped, TimeSpan Elapsed, bool Cancelled)
{
    public double ArticlesPerSecond => Elapsed.TotalSeconds > 0 ? ArticlesRead / Elapsed.TotalSeconds : 0;
}

/// <summary>
/// Reads and codes articles on all cores and stores them from one writer in batched transactions.
/// </summary>
/// <remarks>
/// Why one writer: SQLite allows one writer at a time, and merging needs to see every event stored
/// before it. Why batches: a commit per article costs a WAL sync; a batch is still all-or-nothing, so
/// a kill leaves whole articles only, and the unique content hash makes the rerun skip them.
/// Articles already in the store are recognised by hash before coding, so a rerun costs little.
/// </remarks>
public sealed class Ingestor(Coder coder, IEventStore store, ArticleSource? source = null)
{
    private readonly ArticleSource _source = source ?? new ArticleSource();
    public int Workers { get; init; } = Environment.ProcessorCount;
    public int BatchSize { get; init; } = 500;

    public IngestSummary Run(IEnumerable<string> arguments, Action<IngestProgress>? progress = null, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        var units = _source.Units(arguments).ToList();
        var known = store.ArticleHashes();
        var seen = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        var skipped = new ConcurrentQueue<(string, string)>();
        long read = 0, duplicates = 0;
        int unitsDone = 0;
        using var queue = new BlockingCollection<CodedArticle>(boundedCapacity: Math.Max(BatchSize * 4, 64));

        var producer = Task.Run(() =>
        {
            try
            {
                Parallel.ForEach(units, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Workers), CancellationToken = cancel }, unit =>
                {
                    try { ReadUnit(unit); }
                    catch (OperationCanceledException) { }
                    catch (Exception e) when (e is not OutOfMemoryException)
                    {
                        // A reader bug on one input must not stop the others; it is reported like any skip.
                        skipped.Enqueue((unit.Location, $"failed ({e.GetType().Name}: {e.Message.Split('\n')[0]})"));
                    }
                    Interlocked.Increment(ref unitsDone);
                });
            }
            catch (OperationCanceledException) { }
            finally { queue.CompleteAdding(); }

            void ReadUnit(SourceUnit unit)
            {
                foreach (var item in _source.Read(unit))
                {
                    if (cancel.IsCancellationRequested) break;
                    if (item.Article is not { } input) { skipped.Enqueue((item.Origin, item.Skipped ?? "unreadable")); continue; }
                    Interlocked.Increment(ref read);
                    var text = Normalize(input.Text);
                    var hash = Hash(text);
                    if (known.Contains(hash) || !seen.TryAdd(hash, 0)) { Interlocked.Increment(ref duplicates); continue; }
                    var article = new StoredArticle
                    {
                        Hash = hash, Text = text, Origin = item.Origin, Url = input.Url, Title = input.Title,
                        Source = input.Source, Author = item.Author, Published = input.Published,
                    };
                    CodingResult coded;
                    try { coded = coder.Code(input with { Text = text, Id = article.Ref }); }
                    catch (PipelineException e) { skipped.Enqueue((item.Origin, $"coding failed: {e.Message}")); continue; }
                    queue.Add(new CodedArticle(article, coded.Events), cancel);
                }
            }
        });

        var total = StoreOutcome.Zero;
        var batch = new List<CodedArticle>(BatchSize);
        var lastReport = TimeSpan.Zero;
        void Report()
        {
            lastReport = clock.Elapsed;
            progress?.Invoke(new IngestProgress(units.Count, Volatile.Read(ref unitsDone), total.ArticlesNew,
                clock.Elapsed.TotalSeconds > 0 ? Interlocked.Read(ref read) / clock.Elapsed.TotalSeconds : 0));
        }
        while (!queue.IsCompleted)
        {
            // Drain what is ready, up to a batch; wait briefly when nothing is, so progress keeps moving.
            while (batch.Count < BatchSize && queue.TryTake(out var a, batch.Count == 0 ? 200 : 0)) batch.Add(a);
            if (batch.Count > 0) { total += Store(batch, skipped); batch.Clear(); }
            if (clock.Elapsed - lastReport > TimeSpan.FromMilliseconds(100)) Report();
        }
        producer.GetAwaiter().GetResult();
        Report();
        return new IngestSummary(read, total.ArticlesNew, duplicates + total.ArticlesDuplicate, total.EventsNew, total.EventsMerged,
            skipped.ToList(), clock.Elapsed, cancel.IsCancellationRequested);
    }

    /// <summary>One transaction for the batch; if it fails, each article alone, so one bad article costs only itself.</summary>
    private StoreOutcome Store(List<CodedArticle> batch, ConcurrentQueue<(string, string)> skipped)
    {
        try { return store.Add(batch); }
        catch (Exception e) when (e is not OutOfMemoryException and not StoreException)
        {
            var total = StoreOutcome.Zero;
            foreach (var a in batch)
            {
                try { total += store.Add([a]); }
                catch (Exception e1) when (e1 is not OutOfMemoryException)
                {
                    skipped.Enqueue((a.Article.Origin, $"could not be stored ({e1.Message.Split('\n')[0]})"));
                }
            }
            return total;
        }
    }

    /// <summary>Line endings and outer white space do not make a different article.</summary>
    public static string Normalize(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n').Trim();

    public static string Hash(string normalizedText) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalizedText)));
}
