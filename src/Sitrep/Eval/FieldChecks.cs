using System.Globalization;
using Sitrep.Output;
using static Sitrep.Eval.EventMatching;

namespace Sitrep.Eval;

/// <summary>How one field of one matched event scored: whether the gold scores it, whether the coder filled it, whether it is right.</summary>
public readonly record struct FieldResult(bool Scored, bool Filled, bool Right, string? Note = null)
{
    public static readonly FieldResult NotScored = new(false, false, false);
}

/// <summary>A field the evaluator scores on matched events.</summary>
public sealed record FieldCheck(string Name, bool InScorer, Func<GoldEvent, EventRecord, FieldResult> Check);

/// <summary>
/// The fields scored on matched events, in the order reports show them. The first eleven are the scorer's own
/// checks (a matched event is "fully right" when all that the gold states of them are right); the rest are the
/// other ACLED columns a gold file may state, scored the same way for precision and recall.
/// </summary>
public static class FieldChecks
{
    public static readonly IReadOnlyList<FieldCheck> All =
    [
        new("event_date", true, (g, p) => Result(true, p.EventDate.Length > 0,
            (p.EventDate.Length > 10 ? p.EventDate[..10] : p.EventDate) == g.EventDate, $"event_date={p.EventDate}")),
        new("event_type", true, (g, p) => Result(!string.IsNullOrEmpty(g.EventType), p.EventType.Length > 0,
            p.EventType == g.EventType, $"event_type={p.EventType}")),
        new("sub_event_type", true, (g, p) => Result(g.SubEventTypes is { Count: > 0 }, p.SubEventType.Length > 0,
            g.SubEventTypes?.Contains(p.SubEventType) == true, $"sub_event_type={p.SubEventType}")),
        new("actor1", true, (g, p) => Result(!string.IsNullOrEmpty(g.Actor1), p.Actor1.Length > 0,
            NamesMatch(p.Actor1, [.. g.Actor1Names, g.Actor1]), $"actor1={p.Actor1}")),
        new("actor2", true, (g, p) => Result(!string.IsNullOrEmpty(g.Actor2), p.Actor2.Length > 0,
            NamesMatch(p.Actor2, [.. g.Actor2Names, g.Actor2]), $"actor2={p.Actor2}")),
        new("country", true, (g, p) => Result(!string.IsNullOrEmpty(g.Country), p.Country.Length > 0,
            Norm(p.Country) == Norm(g.Country), $"country={p.Country}")),
        new("admin1", true, (g, p) => Result(!string.IsNullOrEmpty(g.Admin1), p.Admin1.Length > 0,
            Norm(p.Admin1) == Norm(g.Admin1), $"admin1={p.Admin1}")),
        new("location", true, Location),
        new("fatalities", true, (g, p) => g.Fatalities is { } f
            ? Result(true, true, f.Value == p.Fatalities, $"fatalities={p.Fatalities}") : FieldResult.NotScored),
        new("wounded", true, (g, p) => g.Wounded is { } w
            ? Result(true, p.Wounded is not null, w.Value == p.Wounded, $"wounded={Py(p.Wounded)}") : FieldResult.NotScored),
        new("captured", true, Captured),
        new("disorder_type", false, (g, p) => Same(g.DisorderType, p.DisorderType)),
        new("inter1", false, (g, p) => Same(g.Inter1, p.Inter1)),
        new("inter2", false, (g, p) => Same(g.Inter2, p.Inter2)),
        new("interaction", false, (g, p) => Same(g.Interaction, p.Interaction)),
        // An empty civilian_targeting in the gold is a statement ("not targeting civilians"), so it is scored.
        new("civilian_targeting", false, (g, p) => g.CivilianTargeting is null ? FieldResult.NotScored
            : Result(true, p.CivilianTargeting.Length > 0, Norm(p.CivilianTargeting) == Norm(g.CivilianTargeting))),
        new("time_precision", false, (g, p) => Whole(g.TimePrecision, p.TimePrecision == 0 ? null : p.TimePrecision)),
        new("geo_precision", false, (g, p) => Whole(g.GeoPrecision, p.GeoPrecision == 0 ? null : p.GeoPrecision)),
        new("iso", false, (g, p) => Whole(g.Iso, p.Iso)),
        new("location_name", false, (g, p) => Result(!string.IsNullOrEmpty(g.Location), p.Location.Length > 0,
            NamesMatch(p.Location, [.. g.LocationNames ?? [], g.Location]))),
    ];

    /// <summary>The scorer's own checks, whose failures are the notes of a SHORT file.</summary>
    public static readonly IReadOnlyList<FieldCheck> Scored = All.Where(f => f.InScorer).ToArray();

    private static FieldResult Result(bool scored, bool filled, bool right, string? note = null) =>
        scored ? new FieldResult(true, filled, right, right ? null : note) : FieldResult.NotScored;

    private static FieldResult Same(string? gold, string predicted) =>
        Result(!string.IsNullOrEmpty(gold), predicted.Length > 0, Norm(predicted) == Norm(gold));

    private static FieldResult Whole(int? gold, int? predicted) =>
        Result(gold is not null, predicted is not null, gold == predicted);

    /// <summary>Within the gold's km where it has coordinates; else by name where it lists names.</summary>
    private static FieldResult Location(GoldEvent g, EventRecord p)
    {
        bool filled = (p.Latitude is not null && p.Longitude is not null) || p.Location.Length > 0;
        if (g.HasCoordinates)
        {
            if (Distance(g, p) is not { } km) return new FieldResult(true, filled, false, "no coordinates");
            return Result(true, true, km <= g.WithinKm, $"location {km.ToString("F0", CultureInfo.InvariantCulture)} km off");
        }
        if (g.LocationNames is { Count: > 0 } names)
            return Result(true, filled, NamesMatch(p.Location, names), $"location={p.Location}");
        return FieldResult.NotScored;
    }

    /// <summary>The predicted range must overlap the gold's [min, max].</summary>
    private static FieldResult Captured(GoldEvent g, EventRecord p)
    {
        if (g.CapturedMin is not { } min || g.CapturedMax is not { } max) return FieldResult.NotScored;
        var c = p.Captured;
        bool ok = c is not null && min <= (c.High ?? c.Low) && c.Low <= max;
        string json = c is null ? "null" : $"{{\"low\": {c.Low}, \"high\": {(c.High is { } h ? h.ToString(CultureInfo.InvariantCulture) : "null")}}}";
        return Result(true, c is not null, ok, $"captured={json}");
    }
}
