using Sitrep.Benchmarks;
using Sitrep.Output;
using Sitrep.Pipeline;
using Sitrep.Store;
using Sitrep.Tests.Support;
using Sitrep.Text;

namespace Sitrep.Tests.Store;

public sealed class IngestorTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"sitrep-ingest-{Guid.NewGuid():N}");
    private string _dir => Path.Combine(_root, "in");
    private string DbPath(string name) => Path.Combine(_root, name);

    /// <summary>A stand-in coder: one battle per article, in the town its dateline names, on its publication date.</summary>
    private static Coder OneEventPerArticle() => new(new Sitrep.Pipeline.Pipeline([]), (Document d) =>
    {
        var town = d.Text.Split('\n').Skip(2).First().Split(',')[0];
        return [new EventRecord
        {
            EventDate = d.Published?.ToString("yyyy-MM-dd") ?? "", EventType = "Battles", SubEventType = "Armed clash",
            Actor1 = "Unidentified Armed Group", Location = town, Country = "Testland",
            Claims = [new Claim("source", "toll", d.Text[..20], 0, 20)],
        }];
    });

    [Fact]
    public void Ingesting_the_same_folder_twice_adds_nothing_the_second_time()
    {
        WireStoryGenerator.Write(_dir, 200, seed: 3);
        using var store = SqliteEventStore.Open(DbPath("s.db"));
        var first = new Ingestor(OneEventPerArticle(), store).Run([_dir]);
        Assert.Equal(200, first.ArticlesNew);
        Assert.Equal(200, first.EventsNew + first.EventsMerged);
        Assert.True(first.EventsMerged > 0, "stories from one town within two days should merge");
        Assert.Empty(first.Skipped);

        var second = new Ingestor(OneEventPerArticle(), store).Run([_dir]);
        Assert.Equal(200, second.ArticlesRead);
        Assert.Equal((0L, 200L, 0L, 0L), (second.ArticlesNew, second.Duplicates, second.EventsNew, second.EventsMerged));
        Assert.Equal(200, store.Counts().Articles);
        Assert.Equal(200, store.Counts().Reports);
        Assert.Empty(store.Check());
    }

    [Fact]
    public void Examples_twice_adds_no_articles_and_no_events_the_second_time()
    {
        var examples = Directory.Exists(RepoPaths.Examples) ? RepoPaths.Examples : null;
        if (examples is null) { WireStoryGenerator.Write(Path.Combine(_dir, "ex"), 20); examples = Path.Combine(_dir, "ex"); }
        using var store = SqliteEventStore.Open(DbPath("e.db"));
        new Ingestor(new CoderBuilder().Build(), store).Run([examples]);
        var again = new Ingestor(new CoderBuilder().Build(), store).Run([examples]);
        Assert.Equal((0L, 0L, 0L), (again.ArticlesNew, again.EventsNew, again.EventsMerged));
    }

    [Fact]
    public void Unreadable_files_are_reported_and_the_rest_goes_on()
    {
        WireStoryGenerator.Write(_dir, 5);
        File.WriteAllBytes(Path.Combine(_dir, "broken.txt"), [0, 1, 2, 0]);
        File.WriteAllText(Path.Combine(_dir, "empty.txt"), "");
        File.WriteAllText(Path.Combine(_dir, "bad.jsonl"), "{\"text\": \"fine one\"}\n{oops\n");
        using var store = SqliteEventStore.Open(DbPath("s.db"));
        var s = new Ingestor(new CoderBuilder().Build(), store).Run([_dir, Path.Combine(_dir, "missing")]);
        Assert.Equal(6, s.ArticlesNew);
        Assert.Equal(4, s.Skipped.Count);
        Assert.Contains(s.Skipped, x => x.Origin.EndsWith("broken.txt") && x.Reason.Contains("binary"));
        Assert.Contains(s.Skipped, x => x.Origin.EndsWith("bad.jsonl:2"));
        Assert.Contains(s.Skipped, x => x.Origin.EndsWith("missing") && x.Reason.Contains("no such"));
    }

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }
}
