using System.Globalization;

namespace Sitrep.Store;

/// <summary>
/// Reads the event filters from text, the same way for the CLI's options and the API's query string,
/// so <c>sitrep events --since X</c> and <c>GET /api/events?since=X</c> accept and refuse the same values.
/// </summary>
public static class EventFilters
{
    /// <summary>The filter, or a one-line reason it is wrong; <paramref name="prefix"/> is how names are written in the message ("--" on the command line).</summary>
    public static (EventFilter? Filter, string? Error) Parse(string? country, string? since, string? until, string? type, string? near,
        string? actor = null, string prefix = "--")
    {
        static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
        var f = new EventFilter { Country = Clean(country), Type = Clean(type), Actor = Clean(actor) };
        if (Clean(since) is { } s)
        {
            if (!DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return (null, $"{prefix}since must be a date as YYYY-MM-DD, got '{s}'.");
            f = f with { Since = d };
        }
        if (Clean(until) is { } u)
        {
            if (!DateOnly.TryParseExact(u, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return (null, $"{prefix}until must be a date as YYYY-MM-DD, got '{u}'.");
            f = f with { Until = d };
        }
        if (Clean(near) is { } n)
        {
            var parts = n.Split(',', StringSplitOptions.TrimEntries);
            if (parts.Length != 3
                || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) || lat is < -90 or > 90
                || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon) || lon is < -180 or > 180
                || !double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var km) || km <= 0)
                return (null, $"{prefix}near must be LAT,LON,KM (e.g. 15.12,-1.15,50), got '{n}'.");
            f = f with { Near = (lat, lon, km) };
        }
        return (f, null);
    }
}
