using Sitrep.Recognize.Actors;
using Sitrep.Recognize.Attributions;
using Sitrep.Recognize.Dates;
using Sitrep.Recognize.Quantities;
using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>What one story sentence says, gathered from every recognizer: the unit the assembler groups into events.</summary>
internal sealed class EventFrame
{
    public required Sentence Sentence { get; init; }
    public required SentenceModalityMention Modality { get; init; }
    public required List<TriggerMention> Triggers { get; init; }
    public required List<CasualtyMention> Casualties { get; init; }
    public required List<DateMention> EventDates { get; init; }
    public required List<DateMention> ReportDates { get; init; }
    public required List<ActorMention> Actors { get; init; }
    public required List<AttributionMention> Attributions { get; init; }
    public required List<PlaceRef> Places { get; init; }

    /// <summary>Tells an event that happened: an asserted sentence with a trigger or a count of victims.</summary>
    public bool IsEventive =>
        Modality.Modality == Events.Modality.Asserted &&
        (Triggers.Any(t => t.Family is not (TriggerFamily.Intervention)) ||
         Casualties.Any(c => c.Outcome is not (Outcome.Present) && !c.IsSubset));

    public bool IsAsserted => Modality.Modality == Events.Modality.Asserted;

    /// <summary>The best day the sentence gives for its event: day precision first, then week, then month.</summary>
    /// <remarks>Of two days in one sentence the earlier is the event's: reactions follow events ("still in
    /// shock on Tuesday after an explosion ... on Sunday").</remarks>
    public DateMention? BestDate =>
        EventDates.Where(d => d.IsResolved && d.Kind != DateKind.Since && d.Precision != TimePrecision.Year)
                  .OrderBy(d => d.Precision).ThenBy(d => d.Earliest).FirstOrDefault();

    public DateMention? Offset => EventDates.FirstOrDefault(d => d.Kind == DateKind.Offset && d.OffsetHours is not null);
}
