using Sitrep.Store;
using Sitrep.Tests.Support;
using static Sitrep.Tests.Store.StoreFixtures;

namespace Sitrep.Tests.Store;

/// <summary>The store contract, run against every implementation (one subclass each).</summary>
public abstract class EventStoreTests
{
    /// <summary>A new, empty store; calling <see cref="Reopen"/> later opens the same one again.</summary>
    protected abstract IEventStore Create();
    protected abstract IEventStore Reopen();

    [StoreFact]
    public void The_same_article_twice_adds_nothing()
    {
        using var s = Create();
        var article = Coded("A report about a clash.", Report("2025-06-01", 15.12, -1.15, 3, "police", "3 killed"));
        var first = s.Add([article]);
        var second = s.Add([article]);
        Assert.Equal(new StoreOutcome(1, 0, 1, 0), first);
        Assert.Equal(new StoreOutcome(0, 1, 0, 0), second);
        Assert.Equal(new StoreCounts(1, 1, 1), s.Counts());
        Assert.True(s.HasArticle(article.Article.Hash));
        Assert.Contains(article.Article.Hash, s.ArticleHashes());
    }

    [StoreFact]
    public void Reports_a_day_and_3_km_apart_become_one_event_with_both_claims()
    {
        using var s = Create();
        s.Add([Coded("First outlet's story.", Report("2025-06-01", 15.12, -1.15, 12, "health official", "12 killed"))]);
        var o = s.Add([Coded("Second outlet's story.", Report("2025-06-02", 15.14, -1.14, 9, "army", "9 soldiers killed"))]);
        Assert.Equal(1, o.EventsMerged);
        var e = Assert.Single(s.Events(new EventFilter()));
        var full = s.Event(e.Id)!;
        Assert.Equal(2, full.Reports.Count);
        Assert.Equal(["health official", "army"], full.Record.Claims.Select(c => c.By));
        Assert.Equal(9, full.Record.Fatalities);
        Assert.Equal(9, full.Record.FatalitiesLow);
        Assert.Equal(12, full.Record.FatalitiesHigh);
        Assert.Contains("km apart", full.Reports[1].MatchReason);
    }

    [StoreFact]
    public void A_different_type_or_a_place_200_km_away_stays_a_separate_event()
    {
        using var s = Create();
        s.Add([Coded("One.", Report("2025-06-01", 15.12, -1.15, 1, "a", "b"))]);
        s.Add([Coded("Two.", Report("2025-06-01", 15.12, -1.15, 1, "a", "b", type: "Explosions/Remote violence", sub: "Air/drone strike"))]);
        s.Add([Coded("Three.", Report("2025-06-01", 16.92, -1.15, 1, "a", "b"))]);
        Assert.Equal(3, s.Counts().Events);
    }

    [StoreFact]
    public void Reports_point_at_their_events_when_merges_and_new_events_interleave()
    {
        using var s = Create();
        s.Add([Coded("a", Report("2025-06-01", 15.12, -1.15, 1, "a", "b"))]);
        s.Add([Coded("b", Report("2025-06-01", 15.12, -1.15, 1, "c", "d"))]);
        s.Add([Coded("c", Report("2025-06-20", 12.64, -8.00, 1, "e", "f"))]);
        s.Add([Coded("d", Report("2025-06-20", 12.64, -8.00, 1, "g", "h"), Report("2025-08-01", 10.0, 10.0, 1, "i", "j"))]);
        Assert.Empty(s.Check());
        var events = s.Events(new EventFilter()).Select(e => s.Event(e.Id)!).ToList();
        Assert.Equal([2, 2, 1], events.Select(e => e.Reports.Count));
        Assert.Equal(["a", "c"], events[0].Record.Claims.Select(c => c.By));
        Assert.Equal(["e", "g"], events[1].Record.Claims.Select(c => c.By));
    }

    [StoreFact]
    public void Two_events_of_one_article_are_not_merged_into_each_other()
    {
        using var s = Create();
        s.Add([Coded("Two attacks nearby.", Report("2025-06-01", 15.12, -1.15, 1, "a", "b"), Report("2025-06-01", 15.13, -1.15, 2, "c", "d"))]);
        Assert.Equal(2, s.Counts().Events);
    }

    [StoreFact]
    public void Six_reports_of_two_events_from_different_outlets_and_days_make_two_events_with_every_claim()
    {
        using var s = Create();
        // Event A: a base overrun on 1 June, reported on 1, 2 and 3 June. Event B: a market bombing 300 km away on 2 June.
        var reports = new[]
        {
            Coded("Outlet one, day one, base.", Report("2025-06-01", 15.120, -1.150, 60, "civil society activist", "at least 60 soldiers killed", noHigh: true)),
            Coded("Outlet two, day one, market.", Report("2025-06-02", 14.350, 1.450, 8, "local official", "8 civilians killed", type: "Explosions/Remote violence", sub: "Remote explosive/landmine/IED", actor1: "Islamic State Sahel Province", actor2: "Civilians (Mali)", location: "Marketown")),
            Coded("Outlet three, day two, base.", Report("2025-06-01", 15.140, -1.130, 30, "army statement", "30 soldiers killed")),
            Coded("Outlet four, day two, market.", Report("2025-06-02", 14.360, 1.440, 11, "hospital source", "11 dead", type: "Explosions/Remote violence", sub: "Remote explosive/landmine/IED", actor1: "Islamic State Sahel Province", actor2: "Civilians (Mali)", location: "Marketown")),
            Coded("Outlet five, day three, base.", Report("2025-06-02", 15.110, -1.160, 0, "JNIM", "claimed the attack")),
            Coded("Outlet six, day three, market.", Report("2025-06-03", 14.355, 1.445, 0, "residents", "many killed", type: "Explosions/Remote violence", sub: "Remote explosive/landmine/IED", actor1: "Islamic State Sahel Province", actor2: "Civilians (Mali)", location: "Marketown") with { FatalitiesLow = null, FatalitiesHigh = null }),
        };
        var outcome = StoreOutcome.Zero;
        foreach (var r in reports) outcome += s.Add([r]);
        Assert.Equal(new StoreOutcome(6, 0, 2, 4), outcome);

        var events = s.Events(new EventFilter());
        Assert.Equal(2, events.Count);
        var baseEvent = s.Event(events.Single(e => e.Record.EventType == "Battles").Id)!;
        var market = s.Event(events.Single(e => e.Record.EventType != "Battles").Id)!;
        Assert.Equal(3, baseEvent.Reports.Count);
        Assert.Equal(3, market.Reports.Count);
        Assert.Equal(["civil society activist", "army statement", "JNIM"], baseEvent.Record.Claims.Select(c => c.By));
        Assert.Equal(["local official", "hospital source", "residents"], market.Record.Claims.Select(c => c.By));
        Assert.Equal(30, baseEvent.Record.Fatalities);
        Assert.Equal((30, (int?)null), (baseEvent.Record.FatalitiesLow!.Value, baseEvent.Record.FatalitiesHigh));
        Assert.Equal(8, market.Record.Fatalities);
        Assert.Equal((8, (int?)11), (market.Record.FatalitiesLow!.Value, market.Record.FatalitiesHigh));
        Assert.Equal(3, baseEvent.Record.Articles.Count);
        Assert.Empty(s.Check());
    }

    [StoreFact]
    public void Split_undoes_a_merge_and_recomputes_both_events()
    {
        using var s = Create();
        var first = Coded("First.", Report("2025-06-01", 15.12, -1.15, 12, "official", "12 killed"));
        var second = Coded("Second.", Report("2025-06-01", 15.12, -1.15, 5, "army", "5 killed"));
        s.Add([first]);
        s.Add([second]);
        var merged = Assert.Single(s.Events(new EventFilter()));
        Assert.Equal(5, merged.Record.Fatalities);

        var newId = s.Split(merged.Id, second.Article.Ref);
        var left = s.Event(merged.Id)!;
        var right = s.Event(newId)!;
        Assert.Equal(12, left.Record.Fatalities);
        Assert.Equal(["official"], left.Record.Claims.Select(c => c.By));
        Assert.Equal(5, right.Record.Fatalities);
        Assert.Equal(second.Article.Ref, Assert.Single(right.Reports).ArticleRef);
        Assert.Contains("split off", right.Reports[0].MatchReason);
        Assert.Empty(s.Check());

        Assert.Throws<StoreException>(() => s.Split(newId, second.Article.Ref));
        Assert.Throws<StoreException>(() => s.Split(merged.Id, "ffffffff"));
        Assert.Throws<StoreException>(() => s.Split(9999, "x"));
    }

    [StoreFact]
    public void Events_are_filtered_by_country_dates_type_and_distance()
    {
        using var s = Create();
        s.Add([Coded("a", Report("2025-06-01", 15.12, -1.15, 1, "a", "b"))]);
        s.Add([Coded("b", Report("2025-07-01", 12.64, -8.00, 1, "a", "b", location: "Capital"))]);
        s.Add([Coded("c", Report("2025-06-10", 13.51, 2.11, 1, "a", "b", country: "Niger", location: "Other", type: "Riots", sub: "Mob violence", actor1: "Rioters (Niger)", actor2: ""))]);
        int Count(EventFilter f) => s.Events(f).Count;
        Assert.Equal(3, Count(new EventFilter()));
        Assert.Equal(2, Count(new EventFilter { Country = "mali" }));
        Assert.Equal(2, Count(new EventFilter { Since = new DateOnly(2025, 6, 5) }));
        Assert.Equal(2, Count(new EventFilter { Until = new DateOnly(2025, 6, 30) }));
        Assert.Equal(1, Count(new EventFilter { Type = "Mob violence" }));
        Assert.Equal(2, Count(new EventFilter { Type = "battles" }));
        Assert.Equal(1, Count(new EventFilter { Near = (15.0, -1.0, 50) }));
        Assert.Equal(2, Count(new EventFilter { Near = (13.9, -4.6, 500) }));
        Assert.Equal(1, Count(new EventFilter { Limit = 1 }));
    }

    [StoreFact]
    public void A_reopened_store_keeps_its_events_and_schema()
    {
        using (var s = Create())
        {
            s.Add([Coded("Kept.", Report("2025-06-01", 15.12, -1.15, 3, "x", "3 killed"))]);
            Assert.Equal(2, s.SchemaVersion);
        }
        using var again = Reopen();
        Assert.Equal(2, again.SchemaVersion);
        Assert.Equal(new StoreCounts(1, 1, 1), again.Counts());
        var e = Assert.Single(again.Events(new EventFilter()));
        Assert.Equal("3 killed", Assert.Single(e.Record.Claims).Says);
        Assert.Equal("3 killed", e.Record.Evidence["fatalities"][0].Text);
    }

    [StoreFact]
    public void A_correction_wins_over_the_coder_in_lists_and_survives_a_later_merge()
    {
        using var s = Create();
        s.Add([Coded("First outlet's story.", Report("2025-06-01", 15.12, -1.15, 12, "health official", "12 killed"))]);
        var id = Assert.Single(s.Events(new EventFilter())).Id;
        var c = s.Review(id, new ReviewInput("correct", "ana", "fatalities", "20"));
        Assert.Equal(("12", "20", "ana"), (c.Before, c.After, c.Who));
        Assert.Equal(20, Assert.Single(s.Events(new EventFilter())).Record.Fatalities);
        // A second report merged into the event would set the toll again; the analyst's value still wins.
        s.Add([Coded("Second outlet's story.", Report("2025-06-02", 15.14, -1.14, 9, "army", "9 soldiers killed"))]);
        var e = s.Event(id)!;
        Assert.Equal(2, e.Reports.Count);
        Assert.Equal(20, e.Record.Fatalities);
        Assert.Equal("correct", e.Review);
        Assert.Equal(["correct"], s.Corrections(id).Select(x => x.Action));
    }

    [StoreFact]
    public void A_rejected_event_is_left_out_of_lists_but_kept_with_its_audit_trail()
    {
        using var s = Create();
        s.Add([Coded("One.", Report("2025-06-01", 15.12, -1.15, 1, "a", "b")), Coded("Two.", Report("2025-07-01", 15.12, -1.15, 1, "a", "b", actor1: "Someone Else"))]);
        var first = s.Events(new EventFilter())[0].Id;
        s.Review(first, new ReviewInput("confirm", "ana"));
        s.Review(first, new ReviewInput("reject", "bo"));
        Assert.Single(s.Events(new EventFilter()));
        Assert.Equal(1, s.CountEvents(new EventFilter()));
        Assert.Equal(2, s.Events(new EventFilter { IncludeRejected = true }).Count);
        Assert.Equal(["confirm", "reject"], s.Corrections(first).Select(x => x.Action));
        Assert.Equal("reject", s.Event(first)!.Review);
        Assert.Equal("Someone Else", Assert.Single(s.Events(new EventFilter { Actor = "else" })).Record.Actor1);
    }

    [StoreFact]
    public void Bad_reviews_are_refused_with_a_message_and_change_nothing()
    {
        using var s = Create();
        s.Add([Coded("One.", Report("2025-06-01", 15.12, -1.15, 4, "a", "b"))]);
        var id = s.Events(new EventFilter())[0].Id;
        Assert.Contains("whole number", Assert.Throws<StoreException>(() => s.Review(id, new ReviewInput("correct", "ana", "fatalities", "many"))).Message);
        Assert.Contains("not a field", Assert.Throws<StoreException>(() => s.Review(id, new ReviewInput("correct", "ana", "claims", "x"))).Message);
        Assert.Contains("confirm, correct or reject", Assert.Throws<StoreException>(() => s.Review(id, new ReviewInput("delete", "ana"))).Message);
        Assert.Contains("no event", Assert.Throws<StoreException>(() => s.Review(id + 99, new ReviewInput("confirm", "ana"))).Message);
        Assert.Empty(s.Corrections(id));
        Assert.Equal(4, s.Event(id)!.Record.Fatalities);
    }

    [StoreFact]
    public void Pages_follow_each_other_and_an_article_is_found_by_its_ref()
    {
        using var s = Create();
        var a = Coded("Three attacks.", Report("2025-06-01", 15.12, -1.15, 1, "a", "b"), Report("2025-06-03", 18.0, 2.0, 1, "a", "b"), Report("2025-06-05", 12.0, -4.0, 1, "a", "b"));
        s.Add([a]);
        var all = s.Events(new EventFilter()).Select(e => e.Id).ToList();
        var pages = s.Events(new EventFilter { Limit = 2 }).Concat(s.Events(new EventFilter { Limit = 2, Offset = 2 })).Select(e => e.Id);
        Assert.Equal(all, pages);
        Assert.Equal([all[1], all[2]], s.Events(new EventFilter { Offset = 1 }).Select(e => e.Id));
        Assert.Equal("Three attacks.", s.Article(a.Article.Ref)!.Text);
        Assert.Null(s.Article("0000000000000000"));
        Assert.Null(s.Article("not hex at all!!"));
    }
}

public sealed class SqliteEventStoreTests : EventStoreTests, IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"sitrep-test-{Guid.NewGuid():N}.db");
    protected override IEventStore Create() => SqliteEventStore.Open(_path);
    protected override IEventStore Reopen() => SqliteEventStore.Open(_path);

    [Fact]
    public void Tables_of_others_in_the_same_file_are_left_alone()
    {
        using (var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_path};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "CREATE TABLE gaz_places(id INTEGER PRIMARY KEY, name TEXT); INSERT INTO gaz_places(name) VALUES ('x');";
            cmd.ExecuteNonQuery();
        }
        using (var s = Create()) Assert.Empty(s.Check());
        using (var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_path};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "SELECT COUNT(*) FROM gaz_places";
            Assert.Equal(1L, cmd.ExecuteScalar());
        }
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_refused_with_a_message()
    {
        File.WriteAllText(_path, "this is not a database, just text that is long enough to fill a header page......................");
        var e = Assert.Throws<StoreException>(() => SqliteEventStore.Open(_path));
        Assert.Contains(_path, e.Message);
    }

    public void Dispose()
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            try { File.Delete(_path + suffix); } catch (IOException) { }
    }
}

public sealed class PostgresEventStoreTests(PostgresFixture pg) : EventStoreTests, IClassFixture<PostgresFixture>, INeedsPostgres
{
    private string? _cs;
    protected override IEventStore Create() => PostgresEventStore.Open(_cs = pg.Server.NewDatabase());
    protected override IEventStore Reopen() => PostgresEventStore.Open(_cs!);
}
