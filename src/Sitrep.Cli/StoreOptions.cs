using System.CommandLine;
using System.Globalization;
using Sitrep.Store;

namespace Sitrep.Cli;

/// <summary>The <c>--db</c> option and the event filters shared by the store commands.</summary>
internal sealed class StoreOptions
{
    public Option<string?> Db { get; } = new("--db")
    {
        Description = "SQLite file, or a PostgreSQL connection string (Host=...;Database=...;Username=...). Default: $SITREP_DB or ~/.local/share/sitrep/sitrep.db.",
    };
    public Option<string?> Country { get; } = new("--country") { Description = "Only events in this country (name as stored, any case)." };
    public Option<string?> Since { get; } = new("--since") { Description = "Only events on or after this date, YYYY-MM-DD." };
    public Option<string?> Until { get; } = new("--until") { Description = "Only events on or before this date, YYYY-MM-DD." };
    public Option<string?> Type { get; } = new("--type") { Description = "Only events of this event type or sub-event type." };
    public Option<string?> Near { get; } = new("--near") { Description = "Only events within KM of a point: LAT,LON,KM." };

    public IEnumerable<Option> Filters => [Country, Since, Until, Type, Near];

    /// <summary>The filter, or a one-line reason the options are wrong.</summary>
    public (EventFilter? Filter, string? Error) Filter(ParseResult parse)
    {
        var f = new EventFilter { Country = parse.GetValue(Country), Type = parse.GetValue(Type) };
        if (parse.GetValue(Since) is { } s)
        {
            if (!DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return (null, $"--since must be a date as YYYY-MM-DD, got '{s}'.");
            f = f with { Since = d };
        }
        if (parse.GetValue(Until) is { } u)
        {
            if (!DateOnly.TryParseExact(u, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return (null, $"--until must be a date as YYYY-MM-DD, got '{u}'.");
            f = f with { Until = d };
        }
        if (parse.GetValue(Near) is { } n)
        {
            var parts = n.Split(',', StringSplitOptions.TrimEntries);
            if (parts.Length != 3
                || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) || lat is < -90 or > 90
                || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon) || lon is < -180 or > 180
                || !double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var km) || km <= 0)
                return (null, $"--near must be LAT,LON,KM (e.g. 15.12,-1.15,50), got '{n}'.");
            f = f with { Near = (lat, lon, km) };
        }
        return (f, null);
    }

    /// <summary>Opens the store, or returns the one-line reason it cannot be opened.</summary>
    public (IEventStore? Store, string? Error) Open(ParseResult parse)
    {
        try { return (EventStores.Open(parse.GetValue(Db)), null); }
        catch (StoreException e) { return (null, e.Message); }
    }
}
