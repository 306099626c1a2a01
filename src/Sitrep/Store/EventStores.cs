namespace Sitrep.Store;

/// <summary>Opens the store a <c>--db</c> value names: a PostgreSQL connection string, or a SQLite file path.</summary>
public static class EventStores
{
    /// <summary><c>$SITREP_DB</c> if set, else <c>~/.local/share/sitrep/sitrep.db</c>.</summary>
    public static string DefaultLocation()
    {
        var env = Environment.GetEnvironmentVariable("SITREP_DB");
        if (!string.IsNullOrWhiteSpace(env)) return env;
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return Path.Combine(home, ".local", "share", "sitrep", "sitrep.db");
    }

    public static IEventStore Open(string? db, MergeOptions? merge = null)
    {
        db ??= DefaultLocation();
        return PostgresEventStore.IsConnectionString(db) ? PostgresEventStore.Open(db, merge) : SqliteEventStore.Open(db, merge);
    }
}
