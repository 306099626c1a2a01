using System.Data.Common;
using Npgsql;

namespace Sitrep.Store;

/// <summary>
/// The shared store: PostgreSQL with PostGIS, chosen by giving a connection string
/// (<c>Host=...;Database=...;Username=...</c>) instead of a file. Each event carries a
/// <c>geography(Point, 4326)</c> with a GiST index, so <c>--near</c> is answered by <c>ST_DWithin</c>.
/// </summary>
public sealed class PostgresEventStore : SqlEventStore
{
    private readonly string _describe;
    public override string Describe => _describe;
    protected override IReadOnlyList<Migration> MigrationSteps => Migrations.Postgres;
    protected override string JsonValue(string parameter) => parameter + "::jsonb";
    // Not lastval(): in the reports INSERT the reports id default draws its own sequence value first.
    protected override string LastInsertId => "currval(pg_get_serial_sequence('events', 'id'))";

    private const string Point = "ST_SetSRID(ST_MakePoint(@lon, @lat), 4326)::geography";
    protected override (string Columns, string Values, string Set) EventExtras => (", geom", ", " + Point, ", geom = " + Point);
    protected override string NoLimit => "ALL";
    protected override string? NearCondition => "ST_DWithin(geom, ST_SetSRID(ST_MakePoint(@nlon, @nlat), 4326)::geography, @nkm * 1000)";

    private PostgresEventStore(NpgsqlConnection c, string describe, MergeOptions? merge) : base(c, merge) => _describe = describe;

    /// <summary>True when the text looks like a PostgreSQL connection string rather than a file path.</summary>
    public static bool IsConnectionString(string db) =>
        db.Contains('=') && (db.Contains("Host=", StringComparison.OrdinalIgnoreCase) || db.Contains("Server=", StringComparison.OrdinalIgnoreCase));

    public static PostgresEventStore Open(string connectionString, MergeOptions? merge = null)
    {
        NpgsqlConnectionStringBuilder csb;
        try { csb = new NpgsqlConnectionStringBuilder(connectionString); }
        catch (ArgumentException e) { throw new StoreException($"not a valid PostgreSQL connection string ({e.Message}).", e); }
        var describe = $"postgresql://{csb.Host}:{csb.Port}/{csb.Database}";
        // The ingest runs the same few statements thousands of times: let Npgsql prepare them.
        if (csb.MaxAutoPrepare == 0) csb.MaxAutoPrepare = 32;
        var conn = new NpgsqlConnection(csb.ConnectionString);
        try
        {
            conn.Open();
            var store = new PostgresEventStore(conn, describe, merge);
            store.Migrate();
            return store;
        }
        catch (Exception e) when (e is NpgsqlException or PostgresException)
        {
            conn.Dispose();
            throw new StoreException($"{describe}: cannot open the PostgreSQL store ({e.Message.TrimEnd('.')}).", e);
        }
    }

    protected override void LockForMigration(DbTransaction tx) => Exec(tx, "SELECT pg_advisory_xact_lock(7340001)");
}
