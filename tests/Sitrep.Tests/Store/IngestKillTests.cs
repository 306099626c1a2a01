using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Sitrep.Benchmarks;
using Sitrep.Store;

namespace Sitrep.Tests.Store;

/// <summary>
/// Durability: the real CLI, killed with SIGKILL in the middle of an ingest, leaves a consistent store,
/// and the rerun finishes the job without duplicates.
/// </summary>
public sealed class IngestKillTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"sitrep-kill-{Guid.NewGuid():N}");
    private string Db => Path.Combine(_dir, "store.db");
    private const int Articles = 3000;

    [Fact]
    public void An_ingest_killed_at_any_moment_leaves_a_consistent_store_and_the_rerun_finishes_without_duplicates()
    {
        var input = Path.Combine(_dir, "in");
        WireStoryGenerator.Write(input, Articles, seed: 7);

        var killedAt = new List<long>();
        foreach (var delayMs in new[] { 0, 150, 400 })
        {
            using var p = StartIngest(input);
            // Wait for the first commit (or the given time after it), then kill without warning.
            var clock = Stopwatch.StartNew();
            while (!p.HasExited && CountArticles() == 0 && clock.Elapsed < TimeSpan.FromSeconds(60)) Thread.Sleep(5);
            if (delayMs > 0) Thread.Sleep(delayMs);
            if (!p.HasExited) p.Kill(entireProcessTree: true);
            p.WaitForExit();
            long n = CountArticles();
            killedAt.Add(n);
            AssertConsistent();
        }
        Assert.Contains(killedAt, n => n > 0 && n < Articles);

        using (var p = StartIngest(input))
        {
            var output = p.StandardOutput.ReadToEnd();
            var error = p.StandardError.ReadToEnd();
            p.WaitForExit();
            Assert.True(p.ExitCode == 0, $"exit {p.ExitCode}: {error}\n{output}");
            Assert.Matches($@"\n  new +{Articles - killedAt[^1]:N0}\n", output);
        }
        Assert.Equal(Articles, CountArticles());
        AssertConsistent();

        using (var p = StartIngest(input))
        {
            var output = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            Assert.Equal(0, p.ExitCode);
            Assert.Matches(@"\n  new +0\n", output);
            Assert.Matches(@"\nevents new +0\n", output);
        }
        Assert.Equal(Articles, CountArticles());
    }

    private void AssertConsistent()
    {
        if (!File.Exists(Db)) return;
        using var store = SqliteEventStore.Open(Db);
        Assert.Empty(store.Check());
    }

    private long CountArticles()
    {
        if (!File.Exists(Db)) return 0;
        try
        {
            using var c = new SqliteConnection($"Data Source={Db};Mode=ReadOnly;Pooling=False");
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "SELECT COUNT(*) FROM articles";
            return (long)cmd.ExecuteScalar()!;
        }
        catch (SqliteException) { return 0; } // not created yet
    }

    private Process StartIngest(string input)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h ? h : "dotnet";
        var dll = Path.Combine(AppContext.BaseDirectory, "sitrep.dll");
        var psi = new ProcessStartInfo(dotnet) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { dll, "ingest", input, "--db", Db, "--no-progress" }) psi.ArgumentList.Add(a);
        return Process.Start(psi)!;
    }

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
