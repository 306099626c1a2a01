using System.CommandLine;
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
    public (EventFilter? Filter, string? Error) Filter(ParseResult parse) =>
        EventFilters.Parse(parse.GetValue(Country), parse.GetValue(Since), parse.GetValue(Until), parse.GetValue(Type), parse.GetValue(Near));

    /// <summary>Opens the store, or returns the one-line reason it cannot be opened.</summary>
    public (IEventStore? Store, string? Error) Open(ParseResult parse)
    {
        try { return (EventStores.Open(parse.GetValue(Db)), null); }
        catch (StoreException e) { return (null, e.Message); }
    }
}
