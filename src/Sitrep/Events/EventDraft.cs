using Sitrep.Recognize.Dates;

namespace Sitrep.Events;

/// <summary>An event being assembled: the sentences that speak of it and the date and place they settle on.</summary>
internal sealed class EventDraft
{
    public List<EventFrame> Frames { get; } = new();
    /// <summary>Sentences that add to the event without telling it (a claim of responsibility, the number present).</summary>
    public List<EventFrame> Support { get; } = new();
    public DateOnly? Date { get; set; }
    public TimePrecision Precision { get; set; }
    public DateMention? DateEvidence { get; set; }
    /// <summary>The date was worked out from another event ("12 hours after ..."), not read.</summary>
    public string? DateWhy { get; set; }
    public PlaceRef? Place { get; set; }
    /// <summary>Counts tied to this event's place when a sentence names several ("12 in A and 14 in B").</summary>
    public List<Recognize.Quantities.CasualtyMention> BoundCasualties { get; } = new();
    public HashSet<Recognize.Quantities.CasualtyMention> ExcludedCasualties { get; } = new();

    /// <summary>The weapon the headline names, for the story's lead event ("Suicide bombers kill dozens").</summary>
    public HashSet<TriggerFamily> HeadlineWeapons { get; } = new();

    /// <summary>The text said this is another incident ("separately", "in a separate attack").</summary>
    public bool Separate { get; set; }

    /// <summary>The event this one was split from when one sentence named several places.</summary>
    public EventDraft? SplitFrom { get; set; }

    public bool HasDate => Date is not null;
    public bool HasPlace => Place is not null;
    public bool IsUnderspecified => !HasDate || !HasPlace;

    public IEnumerable<EventFrame> AllFrames => Frames.Concat(Support);

    public bool AcceptsDate(DateOnly? date) => date is null || Date is null || Date == date;
    public bool AcceptsPlace(PlaceRef? place) => place is null || Place is null || Place.SameAs(place);

    public void SetDate(DateMention d)
    {
        if (Date is not null && Precision <= d.Precision) return;
        Date = d.Earliest;
        Precision = d.Precision;
        DateEvidence = d;
    }

    public void SetPlace(PlaceRef p)
    {
        // Keep the most specific: a town over its region, the place itself over "near" it.
        bool narrowerArea = Place is { IsRegion: true } && p.IsRegion && Place.Place!.FeatureCode.StartsWith("ADM1", StringComparison.Ordinal) &&
                            p.Place!.FeatureCode.StartsWith("ADM2", StringComparison.Ordinal) && Place.SameAs(p);
        // A named village inside the region in focus is more specific; it keeps the region for its coordinates.
        if (Place is { IsRegion: true } region && p.IsUnresolved)
        {
            Place = p.Container is null ? p with { Container = region.Place } : p;
            return;
        }
        if (Place is null || narrowerArea || (Place.IsRegion && !p.IsRegion && Place.SameAs(p)) || (!p.IsRegion && p.GeoPrecision < Place.GeoPrecision && Place.SameAs(p)))
            Place = p;
    }
}
