using Sitrep.Text;

namespace Sitrep.Pipeline;

/// <summary>An immutable ordered list of stages with unique names; thread-safe, reused across articles.</summary>
public sealed class Pipeline
{
    private readonly IStage[] _stages;

    public Pipeline(IEnumerable<IStage> stages)
    {
        _stages = stages.ToArray();
        var dup = _stages.GroupBy(s => s.Name).FirstOrDefault(g => g.Count() > 1);
        if (dup is not null) throw new ArgumentException($"Two stages are named '{dup.Key}'.");
    }

    public IReadOnlyList<string> StageNames => _stages.Select(s => s.Name).ToArray();

    public void Run(Document document) => Run(document, null);

    /// <summary>Runs every stage; with <paramref name="ticks"/> (two slots per stage), adds each stage's
    /// Stopwatch ticks to slot i and the bytes it allocated to slot Count + i, for the benchmark's per-stage figures.</summary>
    internal void Run(Document document, long[]? ticks)
    {
        for (int i = 0; i < _stages.Length; i++)
        {
            var stage = _stages[i];
            long t0 = 0, a0 = 0;
            if (ticks is not null) { a0 = GC.GetAllocatedBytesForCurrentThread(); t0 = System.Diagnostics.Stopwatch.GetTimestamp(); }
            try { stage.Run(document); }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw new PipelineException(stage.Name, document.Id, e);
            }
            if (ticks is not null)
            {
                ticks[i] += System.Diagnostics.Stopwatch.GetTimestamp() - t0;
                ticks[ticks.Length / 2 + i] += GC.GetAllocatedBytesForCurrentThread() - a0;
            }
        }
    }
}

public sealed class PipelineException(string stage, string documentId, Exception inner)
    : Exception($"Stage '{stage}' failed on document '{documentId}': {inner.Message}", inner)
{
    public string Stage { get; } = stage;
    public string DocumentId { get; } = documentId;
}
