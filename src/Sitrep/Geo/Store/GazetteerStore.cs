using Microsoft.Data.Sqlite;
using Sitrep.Geo.GeoNames;

namespace Sitrep.Geo.Store;

/// <summary>
/// The user's own gazetteer: GeoNames files imported into tables prefixed <c>gaz_</c> in the SQLite file
/// the event store uses. Places keep their admin codes; names are joined in at lookup, so admin files may
/// be imported before or after the places. Every write is an upsert in batched transactions, so an import
/// can be rerun or resumed after an interruption without duplicates and without losing what was stored.
/// </summary>
public static class GazetteerStore
{
    public const string DatabaseEnvironmentVariable = "SITREP_DB";

    /// <summary>$SITREP_DB, else ~/.local/share/sitrep/sitrep.db.</summary>
    public static string DefaultDatabasePath()
    {
        var env = Environment.GetEnvironmentVariable(DatabaseEnvironmentVariable);
        if (!string.IsNullOrEmpty(env)) return env;
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return Path.Combine(home, ".local", "share", "sitrep", "sitrep.db");
    }

    internal const string Schema = """
        CREATE TABLE IF NOT EXISTS gaz_place(
            geonameid INTEGER PRIMARY KEY, name TEXT NOT NULL, asciiname TEXT NOT NULL,
            fclass TEXT NOT NULL, fcode TEXT NOT NULL, country TEXT NOT NULL,
            admin1 TEXT NOT NULL, admin2 TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL,
            population INTEGER NOT NULL, source TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS gaz_name(key TEXT NOT NULL, geonameid INTEGER NOT NULL,
            PRIMARY KEY(key, geonameid)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS gaz_admin(code TEXT PRIMARY KEY, name TEXT NOT NULL, asciiname TEXT NOT NULL, geonameid INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS gaz_country(iso2 TEXT PRIMARY KEY, iso3 TEXT NOT NULL, iso_numeric INTEGER NOT NULL, name TEXT NOT NULL, geonameid INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS gaz_import(file TEXT PRIMARY KEY, kind TEXT NOT NULL, rows INTEGER NOT NULL, skipped INTEGER NOT NULL, finished_utc TEXT NOT NULL);
        """;

    public static SqliteConnection Open(string dbPath, bool create)
    {
        if (create) Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(dbPath))!);
        var cs = new SqliteConnectionStringBuilder
        {
            DataSource = dbPath,
            Mode = create ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString();
        var conn = new SqliteConnection(cs);
        conn.Open();
        if (create)
        {
            Exec(conn, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
            Exec(conn, Schema);
        }
        return conn;
    }

    internal static void Exec(SqliteConnection conn, string sql)
    {
        using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    /// <summary>Progress of an import: characters read so far (of <see cref="ImportProgress.Total"/>) and rows.</summary>
    public sealed record ImportProgress(string File, long Done, long Total, long Rows);

    public sealed record ImportResult(string File, GeoNamesFileKind Kind, long Rows, long Skipped);

    /// <summary>Imports one GeoNames file (kind from its name). Memory stays bounded: rows stream through
    /// one batch (<paramref name="batchSize"/> rows) at a time.</summary>
    public static ImportResult Import(string dbPath, string file, Action<ImportProgress>? progress = null, int batchSize = 20_000)
    {
        var kind = GeoNamesReader.KindOf(file);
        long total = Math.Max(1, GeoNamesReader.ContentLength(file));
        using var conn = Open(dbPath, create: true);
        using var reader = GeoNamesReader.Open(file);
        var counter = new GeoNamesReader.Counter();
        var name = Path.GetFileName(file);

        SqliteTransaction tx = conn.BeginTransaction();
        int inBatch = 0;
        void Tick()
        {
            if (++inBatch < batchSize) return;
            tx.Commit();
            tx.Dispose();
            tx = conn.BeginTransaction();
            inBatch = 0;
            progress?.Invoke(new ImportProgress(name, counter.Chars, total, counter.Rows));
        }

        try
        {
            switch (kind)
            {
                case GeoNamesFileKind.Places:
                {
                    using var place = Prepare(conn, """
                        INSERT INTO gaz_place(geonameid,name,asciiname,fclass,fcode,country,admin1,admin2,lat,lon,population,source)
                        VALUES($id,$name,$ascii,$fclass,$fcode,$cc,$a1,$a2,$lat,$lon,$pop,$source)
                        ON CONFLICT(geonameid) DO UPDATE SET name=excluded.name, asciiname=excluded.asciiname,
                          fclass=excluded.fclass, fcode=excluded.fcode, country=excluded.country, admin1=excluded.admin1,
                          admin2=excluded.admin2, lat=excluded.lat, lon=excluded.lon, population=excluded.population, source=excluded.source
                        """, "$id", "$name", "$ascii", "$fclass", "$fcode", "$cc", "$a1", "$a2", "$lat", "$lon", "$pop", "$source");
                    using var key = Prepare(conn, "INSERT OR IGNORE INTO gaz_name(key, geonameid) VALUES($key, $id)", "$key", "$id");
                    foreach (var r in GeoNamesReader.ReadPlaces(reader, counter))
                    {
                        place.Transaction = tx; key.Transaction = tx;
                        Set(place, r.GeonameId, r.Name, r.AsciiName, r.FeatureClass, r.FeatureCode, r.CountryCode, r.Admin1Code,
                            r.Admin2Code, r.Latitude, r.Longitude, r.Population, "geonames:" + name);
                        place.ExecuteNonQuery();
                        foreach (var n in new[] { r.Name, r.AsciiName }.Concat(GeoNamesReader.UsableAlternates(r.AlternateNames)).Distinct())
                            AddKey(key, n, r.GeonameId);
                        Tick();
                    }
                    break;
                }
                case GeoNamesFileKind.Admin1Codes:
                case GeoNamesFileKind.Admin2Codes:
                {
                    using var admin = Prepare(conn, """
                        INSERT INTO gaz_admin(code,name,asciiname,geonameid) VALUES($code,$name,$ascii,$id)
                        ON CONFLICT(code) DO UPDATE SET name=excluded.name, asciiname=excluded.asciiname, geonameid=excluded.geonameid
                        """, "$code", "$name", "$ascii", "$id");
                    foreach (var a in GeoNamesReader.ReadAdminCodes(reader, counter))
                    {
                        admin.Transaction = tx;
                        Set(admin, a.Code, a.Name, a.AsciiName, a.GeonameId);
                        admin.ExecuteNonQuery();
                        Tick();
                    }
                    break;
                }
                case GeoNamesFileKind.CountryInfo:
                {
                    using var c = Prepare(conn, """
                        INSERT INTO gaz_country(iso2,iso3,iso_numeric,name,geonameid) VALUES($iso2,$iso3,$num,$name,$id)
                        ON CONFLICT(iso2) DO UPDATE SET iso3=excluded.iso3, iso_numeric=excluded.iso_numeric, name=excluded.name, geonameid=excluded.geonameid
                        """, "$iso2", "$iso3", "$num", "$name", "$id");
                    foreach (var r in GeoNamesReader.ReadCountryInfo(reader, counter))
                    {
                        c.Transaction = tx;
                        Set(c, r.Iso2, r.Iso3, r.IsoNumeric, r.Name, r.GeonameId);
                        c.ExecuteNonQuery();
                        Tick();
                    }
                    break;
                }
                case GeoNamesFileKind.AlternateNames:
                {
                    using var key = Prepare(conn, "INSERT OR IGNORE INTO gaz_name(key, geonameid) VALUES($key, $id)", "$key", "$id");
                    foreach (var a in GeoNamesReader.ReadAlternateNames(reader, counter))
                    {
                        if (!GeoNamesReader.IsUsableName(a.Name)) continue;
                        key.Transaction = tx;
                        AddKey(key, a.Name, a.GeonameId);
                        Tick();
                    }
                    break;
                }
            }
            using (var done = Prepare(conn, """
                INSERT INTO gaz_import(file,kind,rows,skipped,finished_utc) VALUES($f,$k,$r,$s,$t)
                ON CONFLICT(file) DO UPDATE SET kind=excluded.kind, rows=excluded.rows, skipped=excluded.skipped, finished_utc=excluded.finished_utc
                """, "$f", "$k", "$r", "$s", "$t"))
            {
                done.Transaction = tx;
                Set(done, name, kind.ToString(), counter.Rows, counter.Skipped, DateTime.UtcNow.ToString("O"));
                done.ExecuteNonQuery();
            }
            tx.Commit();
        }
        finally
        {
            tx.Dispose();
        }
        progress?.Invoke(new ImportProgress(name, total, total, counter.Rows));
        return new ImportResult(name, kind, counter.Rows, counter.Skipped);
    }

    private static void AddKey(SqliteCommand cmd, string name, int id)
    {
        var k = NameKey.Of(name);
        if (k.Length == 0) return;
        Set(cmd, k, id);
        cmd.ExecuteNonQuery();
    }

    private static SqliteCommand Prepare(SqliteConnection conn, string sql, params string[] names)
    {
        var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        foreach (var n in names) cmd.Parameters.Add(new SqliteParameter { ParameterName = n });
        cmd.Prepare();
        return cmd;
    }

    private static void Set(SqliteCommand cmd, params object?[] values)
    {
        for (int i = 0; i < values.Length; i++) cmd.Parameters[i].Value = values[i] ?? DBNull.Value;
    }

    /// <summary>True when the database file exists and holds imported places.</summary>
    public static bool HasPlaces(string dbPath)
    {
        if (!File.Exists(dbPath)) return false;
        try
        {
            using var conn = Open(dbPath, create: false);
            using var cmd = conn.CreateCommand();
            cmd.CommandText = "SELECT 1 FROM sqlite_master WHERE type='table' AND name='gaz_place'";
            if (cmd.ExecuteScalar() is null) return false;
            cmd.CommandText = "SELECT EXISTS(SELECT 1 FROM gaz_place)";
            return Convert.ToInt64(cmd.ExecuteScalar()) == 1;
        }
        catch (SqliteException) { return false; }
    }
}
