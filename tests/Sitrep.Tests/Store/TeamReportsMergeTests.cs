using Sitrep.Pipeline;
using Sitrep.Store;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Store;

/// <summary>examples/reports: six team-written reports of two events, from different outlets and days.</summary>
public sealed class TeamReportsMergeTests : IDisposable
{
    private readonly string _db = Path.Combine(Path.GetTempPath(), $"sitrep-reports-{Guid.NewGuid():N}.db");
    private static string Reports => Path.Combine(RepoPaths.Examples, "reports");

    private SqliteEventStore Ingest()
    {
        var store = SqliteEventStore.Open(_db);
        new Ingestor(new CoderBuilder().Build(), store).Run([Reports]);
        return store;
    }

    /// <summary>What the store owns, whatever the coder finds: nothing lost, nothing mixed across the two stories.</summary>
    [Fact]
    public void Every_report_and_claim_is_kept_and_the_two_stories_never_share_an_event()
    {
        if (!Directory.Exists(Reports)) return;
        using var store = Ingest();
        Assert.Equal(6, store.Counts().Articles);
        Assert.Empty(store.Check());
        foreach (var e in store.Events(new EventFilter()).Select(e => store.Event(e.Id)!))
        {
            var stories = e.Reports.Select(r => Path.GetFileName(r.Origin).Split('-')[0]).Distinct().ToList();
            Assert.True(stories.Count == 1, $"event {e.Id} mixes {string.Join(" and ", stories)}");
            foreach (var claim in e.Reports.SelectMany(r => r.Record.Claims))
                Assert.Contains(e.Record.Claims, c => c.By == claim.By && c.Says == claim.Says);
        }
    }

    [Fact]
    public void Six_reports_merge_into_exactly_the_two_expected_events()
    {
        using var store = Ingest();
        Assert.Equal(2, store.Counts().Events);
        // Each merged event is what expected.json says: its day, its place, its three reports, the conservative toll.
        using var expected = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Reports, "expected.json")));
        var events = store.Events(new EventFilter()).Select(e => store.Event(e.Id)!).ToList();
        foreach (var x in expected.RootElement.GetProperty("events").EnumerateArray())
        {
            var date = x.GetProperty("event_date").GetString();
            var e = Assert.Single(events, e => e.Record.EventDate == date);
            Assert.Equal(x.GetProperty("articles").GetArrayLength(), e.Reports.Count);
            Assert.Equal(x.GetProperty("fatalities").GetInt32(), e.Record.Fatalities);
            Assert.Equal(x.GetProperty("country").GetString(), e.Record.Country);
        }
    }

    public void Dispose()
    {
        foreach (var s in new[] { "", "-wal", "-shm" })
            try { File.Delete(_db + s); } catch (IOException) { }
    }
}
