using System.Globalization;
using System.Text;
using Sitrep.Output;

namespace Sitrep.Eval;

/// <summary>
/// The rules by which a predicted event counts as a gold one, written to give exactly what the independent
/// scorer (../shared/tools/score.py) gives: same distance, same name normalisation, same tie-breaking. Where a
/// rule looks odd (a prediction without coordinates is matched by name even when the gold has coordinates,
/// and counts as 0 km away when choosing among matches) it is because the scorer does so.
/// </summary>
public static class EventMatching
{
    public const double EarthRadiusKm = 6371.0;

    /// <summary>Great-circle distance (haversine); null where the scorer's formula would fail (rounding past 1).</summary>
    public static double? Km(double lat1, double lon1, double lat2, double lon2)
    {
        double p1 = lat1 * Math.PI / 180, p2 = lat2 * Math.PI / 180;
        double dp = p2 - p1, dl = (lon2 - lon1) * Math.PI / 180;
        double h = Math.Pow(Math.Sin(dp / 2), 2) + Math.Cos(p1) * Math.Cos(p2) * Math.Pow(Math.Sin(dl / 2), 2);
        if (!(h <= 1.0) || h < 0) return null;
        return 2 * EarthRadiusKm * Math.Asin(Math.Sqrt(h));
    }

    /// <summary>Lower case, apostrophes dropped, white space collapsed.</summary>
    public static string Norm(string? s)
    {
        if (string.IsNullOrEmpty(s)) return "";
        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (char c in s)
        {
            if (c == '\'' || c == '\u2019') continue;
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    /// <summary>True when the prediction and one of the names contain one another (after <see cref="Norm"/>).</summary>
    public static bool NamesMatch(string? predicted, IEnumerable<string?> names)
    {
        var p = Norm(predicted);
        if (p.Length == 0) return false;
        foreach (var n in names)
        {
            var g = Norm(n);
            if (g.Length > 0 && (p.Contains(g, StringComparison.Ordinal) || g.Contains(p, StringComparison.Ordinal))) return true;
        }
        return false;
    }

    /// <summary>The day of a date string (its first ten characters as YYYY-MM-DD), or null.</summary>
    public static DateOnly? Day(string? s)
    {
        if (string.IsNullOrEmpty(s) || s.Length < 10) return null;
        return DateOnly.TryParseExact(s.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }

    /// <summary>Distance from the gold's coordinates to the prediction's, or null when either side has none.</summary>
    public static double? Distance(GoldEvent g, EventRecord p) =>
        g.Latitude is { } gl && g.Longitude is { } go && p.Latitude is { } pl && p.Longitude is { } po ? Km(gl, go, pl, po) : null;

    /// <summary>
    /// A prediction is this gold event when the dates are within a day and the places within the gold's
    /// within_km; where either side lacks coordinates, when the prediction's place name matches the gold's names.
    /// </summary>
    public static bool Matches(GoldEvent g, EventRecord p)
    {
        var gd = Day(g.EventDate);
        var pd = Day(p.EventDate);
        if (gd is null || pd is null || Math.Abs(gd.Value.DayNumber - pd.Value.DayNumber) > 1) return false;
        if (Distance(g, p) is { } km) return km <= g.WithinKm;
        return NamesMatch(p.Location, (IEnumerable<string?>?)g.LocationNames ?? [g.Location]);
    }

    /// <summary>Among matching predictions: the nearest day first, then the nearest place (0 km when unknown).</summary>
    public static (int Days, double Km) Closeness(GoldEvent g, EventRecord p) =>
        (Math.Abs(Day(g.EventDate)!.Value.DayNumber - Day(p.EventDate)!.Value.DayNumber), Distance(g, p) ?? 0.0);

    /// <summary>The index of the closest unused prediction that matches, or null; ties go to the earliest.</summary>
    public static int? BestMatch(GoldEvent g, IReadOnlyList<EventRecord> predicted, ISet<int> used)
    {
        int? best = null;
        (int, double) bestKey = default;
        for (int i = 0; i < predicted.Count; i++)
        {
            if (used.Contains(i) || !Matches(g, predicted[i])) continue;
            var key = Closeness(g, predicted[i]);
            if (best is null || key.CompareTo(bestKey) < 0) { best = i; bestKey = key; }
        }
        return best;
    }

    /// <summary>What is wrong with a matched prediction, one note per field, in the scorer's words; empty when all is right.</summary>
    public static List<string> CheckFields(GoldEvent g, EventRecord p)
    {
        var bad = new List<string>();
        foreach (var f in FieldChecks.Scored)
        {
            var r = f.Check(g, p);
            if (r.Scored && !r.Right) bad.Add(r.Note!);
        }
        return bad;
    }

    internal static string Py(double? v) => v is null ? "None" : Py(v.Value);
    internal static string Py(double v) =>
        v == Math.Floor(v) && Math.Abs(v) < 1e15 ? ((long)v).ToString(CultureInfo.InvariantCulture) : v.ToString("R", CultureInfo.InvariantCulture);
    internal static string Py(string? s) => s ?? "None";
}
