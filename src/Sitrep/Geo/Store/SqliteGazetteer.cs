using Microsoft.Data.Sqlite;

namespace Sitrep.Geo.Store;

/// <summary>
/// Reads the user's imported gazetteer (<see cref="GazetteerStore"/>). One read-only connection guarded by
/// a lock: SQLite connections are not thread-safe, and lookups are short.
/// </summary>
public sealed class SqliteGazetteer : IGazetteer, IDisposable
{
    private readonly SqliteConnection _conn;
    private readonly SqliteCommand _lookup, _known;
    private readonly object _gate = new();

    public SqliteGazetteer(string dbPath)
    {
        _conn = GazetteerStore.Open(dbPath, create: false);
        _lookup = _conn.CreateCommand();
        _lookup.CommandText = """
            SELECT p.geonameid, p.name, p.asciiname, p.fclass, p.fcode, p.country,
                   a1.name, a2.name, p.lat, p.lon, p.population, p.source
            FROM gaz_name n JOIN gaz_place p ON p.geonameid = n.geonameid
            LEFT JOIN gaz_admin a1 ON a1.code = p.country || '.' || p.admin1
            LEFT JOIN gaz_admin a2 ON a2.code = p.country || '.' || p.admin1 || '.' || p.admin2
            WHERE n.key = $key AND ($cc IS NULL OR p.country = $cc)
            ORDER BY p.population DESC, p.geonameid
            LIMIT 200
            """;
        _lookup.Parameters.Add(new SqliteParameter("$key", ""));
        _lookup.Parameters.Add(new SqliteParameter("$cc", DBNull.Value));
        _known = _conn.CreateCommand();
        _known.CommandText = "SELECT EXISTS(SELECT 1 FROM gaz_name WHERE key = $key)";
        _known.Parameters.Add(new SqliteParameter("$key", ""));
        using var count = _conn.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM gaz_place";
        Version = $"user:{Path.GetFileName(dbPath)} ({Convert.ToInt64(count.ExecuteScalar())} places)";
    }

    public string Version { get; }

    public IReadOnlyList<Place> Lookup(string name, string? countryIso2 = null)
    {
        var key = NameKey.Of(name);
        if (key.Length == 0) return Array.Empty<Place>();
        var result = new List<Place>();
        lock (_gate)
        {
            _lookup.Parameters[0].Value = key;
            _lookup.Parameters[1].Value = countryIso2 is null ? DBNull.Value : countryIso2.ToUpperInvariant();
            using var r = _lookup.ExecuteReader();
            while (r.Read())
                result.Add(new Place(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5),
                    r.IsDBNull(6) ? null : r.GetString(6), r.IsDBNull(7) ? null : r.GetString(7),
                    r.GetDouble(8), r.GetDouble(9), r.GetInt64(10), r.GetString(11)));
        }
        return result;
    }

    public bool IsKnownName(ReadOnlySpan<char> name)
    {
        var key = NameKey.Of(name);
        if (key.Length == 0) return false;
        lock (_gate)
        {
            _known.Parameters[0].Value = key;
            return Convert.ToInt64(_known.ExecuteScalar()) == 1;
        }
    }

    public void Dispose()
    {
        _lookup.Dispose();
        _known.Dispose();
        _conn.Dispose();
    }
}
