using Sitrep.Output;

namespace Sitrep.Store;

/// <summary>Why two reports were (or were not) taken for the same event: one line per test.</summary>
public sealed record MatchResult(bool Same, IReadOnlyList<string> Reasons)
{
    public string Explain() => string.Join("; ", Reasons);
}

/// <summary>Limits of "the same event": reports of one attack differ a little in date and place.</summary>
public sealed record MergeOptions
{
    /// <summary>Event dates at most this many days apart may be one event (reports run over several days).</summary>
    public int DateWindowDays { get; init; } = 2;
    /// <summary>Places at most this far apart (km) may be one event: "near X" and "in X" differ by a few km.</summary>
    public double MaxDistanceKm { get; init; } = 25;
    public static MergeOptions Default { get; } = new();
}

/// <summary>
/// Decides whether a new report describes a stored event, and folds many reports of one event into
/// one <see cref="EventRecord"/>. Pure functions over records, so the rule is tested without a store.
/// </summary>
/// <remarks>
/// A merge never throws a report away: the merged record is recomputed from every report each time,
/// which is what makes <c>split</c> exact (remove one report, recompute from the rest).
/// Fatalities follow ACLED's conservative rule: the lowest figure any credible report gives, with the
/// low/high range spanning all reports.
/// </remarks>
public static class EventMerger
{
    public static MatchResult Match(EventRecord stored, EventRecord incoming, MergeOptions? options = null)
    {
        options ??= MergeOptions.Default;
        var reasons = new List<string>();

        if (!Same(stored.EventType, incoming.EventType))
            return No(reasons, $"event type differs ('{stored.EventType}' vs '{incoming.EventType}')");
        reasons.Add($"same event type '{incoming.EventType}'");

        if (!TryDate(stored.EventDate, out var d1) || !TryDate(incoming.EventDate, out var d2))
            return No(reasons, "an event date is unknown (undated reports are never merged)");
        int days = Math.Abs(d1.DayNumber - d2.DayNumber);
        if (days > options.DateWindowDays)
            return No(reasons, $"dates {days} days apart (window {options.DateWindowDays})");
        reasons.Add(days == 0 ? $"same date {incoming.EventDate}" : $"dates {days} day(s) apart (window {options.DateWindowDays})");

        if (stored.Country.Length > 0 && incoming.Country.Length > 0 && !Same(stored.Country, incoming.Country))
            return No(reasons, $"country differs ('{stored.Country}' vs '{incoming.Country}')");

        if (stored.Latitude is { } la1 && stored.Longitude is { } lo1 && incoming.Latitude is { } la2 && incoming.Longitude is { } lo2)
        {
            double km = GreatCircle.DistanceKm(la1, lo1, la2, lo2);
            if (km > options.MaxDistanceKm)
                return No(reasons, $"{km:0.#} km apart (limit {options.MaxDistanceKm:0.#} km)");
            reasons.Add($"{km:0.#} km apart (limit {options.MaxDistanceKm:0.#} km)");
        }
        else if (stored.Location.Length > 0 && incoming.Location.Length > 0)
        {
            if (!Same(stored.Location, incoming.Location))
                return No(reasons, $"no coordinates and locations differ ('{stored.Location}' vs '{incoming.Location}')");
            reasons.Add($"same location '{incoming.Location}'");
        }
        else return No(reasons, "place unknown on one side (reports without a place are never merged)");

        var a = Actors(stored);
        var b = Actors(incoming);
        if (a.Count > 0 && b.Count > 0)
        {
            var shared = a.Intersect(b, StringComparer.OrdinalIgnoreCase).ToList();
            if (shared.Count == 0)
                return No(reasons, $"no actor in common ({string.Join(", ", a)} vs {string.Join(", ", b)})");
            reasons.Add($"actor(s) in common: {string.Join(", ", shared)}");
        }
        else reasons.Add("actors unknown on one side (not held against the match)");

        return new MatchResult(true, reasons);
    }

    /// <summary>One event from all its reports (in the order they were stored; the first is the anchor).</summary>
    public static EventRecord Merge(IReadOnlyList<EventRecord> reports)
    {
        if (reports.Count == 0) throw new ArgumentException("An event needs at least one report.", nameof(reports));
        if (reports.Count == 1) return reports[0] with { Articles = reports[0].Articles.Distinct().ToList() };

        // The most precise report gives the shared fields: exact day before week/month, exact place before region.
        var best = reports
            .Select((r, i) => (r, i))
            .OrderBy(x => Rank(x.r.TimePrecision))
            .ThenBy(x => Rank(x.r.GeoPrecision))
            .ThenBy(x => x.i)
            .First().r;

        var counted = reports.Where(HasFatalityFigure).ToList();
        int fatalities = counted.Count == 0 ? 0 : counted.Min(r => r.Fatalities);
        int? low = counted.Count == 0 ? null : counted.Min(r => r.FatalitiesLow ?? r.Fatalities);
        int? high = counted.Count == 0 ? null
            : counted.Any(r => r.FatalitiesHigh is null && r.FatalitiesLow is not null) ? null
            : counted.Max(r => r.FatalitiesHigh ?? r.Fatalities);

        var wounded = reports.Where(r => r.Wounded is not null).Select(r => r.Wounded!.Value).ToList();
        var captured = reports.Where(r => r.Captured is not null).Select(r => r.Captured!).ToList();

        var claims = new List<Claim>();
        var seen = new HashSet<Claim>();
        foreach (var r in reports)
            foreach (var c in r.Claims)
            {
                var withArticle = c.Article.Length > 0 || r.Articles.Count == 0 ? c : c with { Article = r.Articles[0] };
                if (seen.Add(withArticle)) claims.Add(withArticle);
            }

        var evidence = new Dictionary<string, IReadOnlyList<Evidence>>();
        foreach (var r in reports)
            foreach (var (field, spans) in r.Evidence)
            {
                var list = evidence.TryGetValue(field, out var l) ? l.ToList() : new List<Evidence>();
                foreach (var s in spans)
                {
                    var withArticle = s.Article.Length > 0 || r.Articles.Count == 0 ? s : s with { Article = r.Articles[0] };
                    if (!list.Contains(withArticle)) list.Add(withArticle);
                }
                evidence[field] = list;
            }

        return best with
        {
            Actor1 = First(reports, best, r => r.Actor1),
            Actor2 = First(reports, best, r => r.Actor2),
            AssocActor1 = First(reports, best, r => r.AssocActor1),
            AssocActor2 = First(reports, best, r => r.AssocActor2),
            Source = string.Join("; ", reports.Select(r => r.Source).Where(s => s.Length > 0).SelectMany(s => s.Split("; ")).Distinct()),
            Fatalities = fatalities,
            FatalitiesLow = low,
            FatalitiesHigh = high,
            Wounded = wounded.Count == 0 ? null : wounded.Min(),
            Captured = captured.Count == 0 ? null
                : new CountRange(captured.Min(c => c.Low), captured.Any(c => c.High is null) ? null : captured.Max(c => c.High)),
            Claims = claims,
            Evidence = evidence,
            Articles = reports.SelectMany(r => r.Articles).Distinct().ToList(),
        };
    }

    /// <summary>A report that gives any death toll (zero stated as a range counts; an unknown toll does not).</summary>
    private static bool HasFatalityFigure(EventRecord r) => r.Fatalities > 0 || r.FatalitiesLow is not null;

    private static int Rank(int precision) => precision == 0 ? 9 : precision;

    private static string First(IReadOnlyList<EventRecord> reports, EventRecord best, Func<EventRecord, string> f)
    {
        var v = f(best);
        return v.Length > 0 ? v : reports.Select(f).FirstOrDefault(s => s.Length > 0) ?? "";
    }

    private static List<string> Actors(EventRecord e) =>
        new[] { e.Actor1, e.Actor2 }.Where(s => s.Length > 0).ToList();

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    internal static bool TryDate(string s, out DateOnly d) =>
        DateOnly.TryParseExact(s, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out d);

    private static MatchResult No(List<string> reasons, string why)
    {
        reasons.Add(why);
        return new MatchResult(false, reasons);
    }
}

/// <summary>Great-circle distance on a sphere; good to well under 1% at the distances events are matched.</summary>
public static class GreatCircle
{
    private const double EarthRadiusKm = 6371.0088;

    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        double r(double d) => d * Math.PI / 180;
        double dLat = r(lat2 - lat1), dLon = r(lon2 - lon1);
        double a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(r(lat1)) * Math.Cos(r(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
