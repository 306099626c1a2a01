using Sitrep.Geo;
using Sitrep.Output;
using Sitrep.Text;

namespace Sitrep.Pipeline;

/// <summary>
/// Builds a <see cref="Coder"/>: <c>Use*</c> methods take dependencies, <c>Build()</c> returns the
/// immutable, thread-safe coder.
/// </summary>
public sealed class CoderBuilder
{
    private IGazetteer? _gazetteer;
    private ICountryCatalog? _countries;

    public CoderBuilder UseGazetteer(IGazetteer gazetteer) { _gazetteer = gazetteer; return this; }
    public CoderBuilder UseCountries(ICountryCatalog countries) { _countries = countries; return this; }

    public Coder Build()
    {
        var stages = new List<IStage>
        {
            new Segment.LayoutAnalyzer(),
            new Segment.SentenceSegmenter(),
            new Recognize.Actors.ActorRecognizer(_countries is null ? Recognize.Actors.ActorCatalog.Default : Recognize.Actors.ActorCatalog.Load(_countries)),
            new Recognize.Attributions.AttributionRecognizer(),
            new Recognize.Dates.PublishedDateFinder(),
            new Recognize.Dates.DateRecognizer(),
            new Recognize.Quantities.CasualtyRecognizer(),
        };
        // Recognizers and event stages are added here as they are written.
        return new Coder(new Pipeline(stages), static (Document _) => Array.Empty<EventRecord>());
    }
}
