using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Sitrep.Tests.Support;

/// <summary>
/// A throwaway PostgreSQL cluster on a loopback port, started from Debian's binaries
/// (<c>postgresql</c>, <c>postgresql-15-postgis-3</c>; <c>.ci/run</c> installs them). Runs as the
/// <c>postgres</c> user when the tests run as root, since PostgreSQL refuses to run as root.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private readonly string _dir;
    private readonly string _bin;
    private readonly bool _asPostgres;
    private int _databases;
    public int Port { get; }

    /// <summary>Why a cluster cannot be started here, or null when it can.</summary>
    public static string? Unavailable { get; } = FindUnavailable();

    private static string? BinDir() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderDescending().Select(d => Path.Combine(d, "bin"))
                .FirstOrDefault(b => File.Exists(Path.Combine(b, "initdb")) && File.Exists(Path.Combine(b, "pg_ctl")))
            : null;

    private static string? FindUnavailable()
    {
        var bin = BinDir();
        if (bin is null) return "skipped: PostgreSQL is not installed (apt-get install postgresql postgresql-15-postgis-3; .ci/run does)";
        var version = Path.GetFileName(Path.GetDirectoryName(bin)!);
        if (!File.Exists($"/usr/share/postgresql/{version}/extension/postgis.control"))
            return $"skipped: PostGIS is not installed for PostgreSQL {version} (apt-get install postgresql-{version}-postgis-3)";
        return null;
    }

    public PostgresServer()
    {
        if (Unavailable is not null) throw new InvalidOperationException(Unavailable);
        _bin = BinDir()!;
        _asPostgres = Environment.UserName == "root";
        _dir = Path.Combine(Path.GetTempPath(), "sitrep-pg-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_dir);
        Port = FreePort();
        if (_asPostgres) Run("chown", $"postgres {_dir}", asPostgres: false);
        Run(Path.Combine(_bin, "initdb"), $"-D {_dir}/data -U postgres -A trust -E UTF8 --no-sync", _asPostgres);
        Run(Path.Combine(_bin, "pg_ctl"),
            $"-D {_dir}/data -l {_dir}/log -w -t 60 -o \"-p {Port} -k {_dir} -c listen_addresses=127.0.0.1 -c fsync=off\" start", _asPostgres);
    }

    /// <summary>A connection string to a new, empty database in the cluster.</summary>
    public string NewDatabase()
    {
        var name = $"t{Interlocked.Increment(ref _databases)}_{Guid.NewGuid().ToString("N")[..6]}";
        using (var c = new Npgsql.NpgsqlConnection(ConnectionString("postgres")))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = $"CREATE DATABASE {name}";
            cmd.ExecuteNonQuery();
        }
        return ConnectionString(name);
    }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=false;Timeout=30";

    public void Dispose()
    {
        try { Run(Path.Combine(_bin, "pg_ctl"), $"-D {_dir}/data -m immediate -w stop", _asPostgres); }
        catch (Exception) { /* the cluster may never have started */ }
        try { Directory.Delete(_dir, recursive: true); } catch (Exception) { /* best effort */ }
    }

    private static int FreePort()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        int port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }

    private static void Run(string file, string args, bool asPostgres)
    {
        var psi = asPostgres
            ? new ProcessStartInfo("runuser", $"-u postgres -- {file} {args}")
            : new ProcessStartInfo(file, args);
        psi.RedirectStandardOutput = true;
        psi.RedirectStandardError = true;
        psi.WorkingDirectory = "/";
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(file)} failed ({p.ExitCode}): {stderr}{stdout.Result}");
    }
}

