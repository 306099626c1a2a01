using Microsoft.Data.Sqlite;

namespace Sitrep.Store;

/// <summary>
/// The default store: one SQLite file. WAL mode with <c>synchronous=NORMAL</c>: a killed process loses
/// nothing committed and never leaves a half transaction; only a power cut may drop the last commits.
/// </summary>
public sealed class SqliteEventStore : SqlEventStore
{
    private readonly string _path;
    public override string Describe => _path;
    protected override IReadOnlyList<Migration> MigrationSteps => Migrations.Sqlite;
    protected override string LastInsertId => "last_insert_rowid()";

    private SqliteEventStore(SqliteConnection c, string path, MergeOptions? merge) : base(c, merge) => _path = path;

    public static SqliteEventStore Open(string path, MergeOptions? merge = null)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full)) throw new StoreException($"{path}: is a folder; give a database file.");
        var dir = Path.GetDirectoryName(full);
        if (dir is not null) Directory.CreateDirectory(dir);
        var cs = new SqliteConnectionStringBuilder { DataSource = full, Pooling = false, DefaultTimeout = 30 }.ToString();
        var conn = new SqliteConnection(cs);
        try
        {
            conn.Open();
            using (var cmd = conn.CreateCommand())
            {
                cmd.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000;";
                cmd.ExecuteNonQuery();
            }
            var store = new SqliteEventStore(conn, path, merge);
            store.Migrate();
            return store;
        }
        catch (SqliteException e)
        {
            conn.Dispose();
            throw new StoreException($"{path}: cannot open as a SQLite store ({e.Message.TrimEnd('.')}).", e);
        }
        catch
        {
            conn.Dispose();
            throw;
        }
    }

    public override IReadOnlyList<string> Check()
    {
        var problems = new List<string>();
        using (var cmd = Connection.CreateCommand())
        {
            cmd.CommandText = "PRAGMA integrity_check";
            using var r = cmd.ExecuteReader();
            while (r.Read())
                if (r.GetString(0) != "ok") problems.Add("integrity_check: " + r.GetString(0));
        }
        using (var cmd = Connection.CreateCommand())
        {
            cmd.CommandText = "PRAGMA foreign_key_check";
            using var r = cmd.ExecuteReader();
            int n = 0;
            while (r.Read()) n++;
            if (n > 0) problems.Add($"{n} foreign key violation(s)");
        }
        problems.AddRange(base.Check());
        return problems;
    }
}
