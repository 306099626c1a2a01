using Sitrep.Output;
using Sitrep.Text;

namespace Sitrep.Pipeline;

/// <summary>What coding one article gave: the analysed document and its events.</summary>
public sealed record CodingResult(Document Document, IReadOnlyList<EventRecord> Events);

/// <summary>
/// The front door: one article in, its events out. Built once (it loads the lexicons and the gazetteer)
/// and then thread-safe: every call works on its own <see cref="Document"/>.
/// </summary>
public sealed class Coder
{
    private readonly Pipeline _pipeline;
    private readonly Func<Document, IReadOnlyList<EventRecord>> _assemble;

    internal Coder(Pipeline pipeline, Func<Document, IReadOnlyList<EventRecord>> assemble)
    {
        _pipeline = pipeline;
        _assemble = assemble;
    }

    public IReadOnlyList<string> StageNames => _pipeline.StageNames;

    public CodingResult Code(ArticleInput input) => Code(input, null);

    /// <summary>Codes with per-stage timing: <paramref name="ticks"/> has one slot per stage plus one for the
    /// assembler, twice over (Stopwatch ticks, then bytes allocated), as <see cref="Pipeline.Run(Document, long[])"/> fills them.</summary>
    internal CodingResult Code(ArticleInput input, long[]? ticks)
    {
        var doc = new Document(input.Text, input.Id)
        {
            SourceName = input.Source,
            Url = input.Url,
            Title = input.Title,
        };
        if (input.Published is { } p)
        {
            doc.Published = p;
            doc.PublishedFrom = PublishedSource.Given;
        }
        _pipeline.Run(doc, ticks);
        if (ticks is null) return new CodingResult(doc, _assemble(doc));
        long a0 = GC.GetAllocatedBytesForCurrentThread(), t0 = System.Diagnostics.Stopwatch.GetTimestamp();
        var events = _assemble(doc);
        ticks[ticks.Length / 2 - 1] += System.Diagnostics.Stopwatch.GetTimestamp() - t0;
        ticks[^1] += GC.GetAllocatedBytesForCurrentThread() - a0;
        return new CodingResult(doc, events);
    }
}
