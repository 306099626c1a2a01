using Sitrep.Classify;
using Sitrep.Events;
using Sitrep.Geo;
using Sitrep.Output;
using Sitrep.Recognize.Actors;
using Sitrep.Text;

namespace Sitrep.Pipeline;

/// <summary>
/// Builds a <see cref="Coder"/>: <c>Use*</c> methods take dependencies, <c>Build()</c> returns the
/// immutable, thread-safe coder. Without a gazetteer the default one is used (the user's imported
/// gazetteer over the bundled one).
/// </summary>
public sealed class CoderBuilder
{
    private IGazetteer? _gazetteer;
    private ICountryCatalog? _countries;

    public CoderBuilder UseGazetteer(IGazetteer gazetteer) { _gazetteer = gazetteer; return this; }
    public CoderBuilder UseCountries(ICountryCatalog countries) { _countries = countries; return this; }

    public Coder Build()
    {
        var countries = _countries ?? CountryCatalog.Default;
        var gazetteer = _gazetteer ?? Gazetteers.Default();
        var actors = _countries is null ? ActorCatalog.Default : ActorCatalog.Load(countries);
        var stages = new List<IStage>
        {
            new Segment.LayoutAnalyzer(),
            new Segment.SentenceSegmenter(),
            new Recognize.Dates.PublishedDateFinder(),
            new Recognize.Dates.DateRecognizer(),
            new Recognize.Quantities.CasualtyRecognizer(),
            new ActorRecognizer(actors),
            new Recognize.Attributions.AttributionRecognizer(),
            new PlaceRecognizer(gazetteer, countries),
            new EventDetector(),
        };
        var assembler = new EventAssembler(doc => EventPlaces.BySentence(doc, gazetteer));
        var builder = new EventRecordBuilder(actors, countries);
        return new Coder(new Pipeline(stages), doc =>
        {
            var drafts = assembler.Assemble(doc);
            var roles = drafts.ToDictionary(d => d, d => ActorRoles.Choose(doc, d, actors));
            return drafts.Select(d => builder.Build(doc, d, roles)).ToList();
        });
    }
}
