using BenchmarkDotNet.Attributes;
using Sitrep.Pipeline;
using Sitrep.Recognize.Actors;
using Sitrep.Recognize.Attributions;
using Sitrep.Segment;
using Sitrep.Text;

namespace Sitrep.Benchmarks;

/// <summary>
/// The actor and attribution stages over the bundled examples, each on top of segmentation (a document is
/// made fresh per operation, as the recognizers add to it). Subtract <see cref="Segment"/> to get a stage's own
/// cost. Run: <c>dotnet run -c Release --project bench/Sitrep.Benchmarks -- bdn --filter *RecognizerBenchmarks*</c>.
/// </summary>
[MemoryDiagnoser]
public class RecognizerBenchmarks
{
    private string[] _texts = [];
    private readonly IStage[] _segment = [new LayoutAnalyzer(), new SentenceSegmenter()];
    private ActorRecognizer _actors = null!;
    private readonly AttributionRecognizer _attributions = new();

    [GlobalSetup]
    public void Setup()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx"))) dir = dir.Parent;
        var examples = Path.Combine(dir?.FullName ?? Directory.GetCurrentDirectory(), "examples");
        _texts = Directory.GetFiles(examples, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        _actors = new ActorRecognizer(ActorCatalog.Default);
    }

    private Document Segmented(string text)
    {
        var doc = new Document(text);
        foreach (var s in _segment) s.Run(doc);
        return doc;
    }

    [Benchmark(Baseline = true, Description = "segment (all examples)")]
    public int Segment()
    {
        int n = 0;
        foreach (var t in _texts) n += Segmented(t).Tokens.Count;
        return n;
    }

    [Benchmark(Description = "segment + actors")]
    public int Actors()
    {
        int n = 0;
        foreach (var t in _texts) { var d = Segmented(t); _actors.Run(d); n += d.Mentions.Count; }
        return n;
    }

    [Benchmark(Description = "segment + actors + attributions")]
    public int ActorsAndAttributions()
    {
        int n = 0;
        foreach (var t in _texts) { var d = Segmented(t); _actors.Run(d); _attributions.Run(d); n += d.Mentions.Count; }
        return n;
    }
}
