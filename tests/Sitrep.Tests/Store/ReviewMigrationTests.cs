using Microsoft.Data.Sqlite;
using Sitrep.Store;
using static Sitrep.Tests.Store.StoreFixtures;

namespace Sitrep.Tests.Store;

/// <summary>A store written before review existed (schema 1) is upgraded on open and keeps its events.</summary>
public sealed class ReviewMigrationTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"sitrep-v1-{Guid.NewGuid():N}.db");

    [Fact]
    public void A_schema_1_store_is_upgraded_and_its_events_can_be_reviewed()
    {
        using (var c = new SqliteConnection($"Data Source={_path};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "CREATE TABLE schema_version(version integer PRIMARY KEY, description text NOT NULL, applied text NOT NULL);"
                + Migrations.Sqlite[0].Sql
                + "INSERT INTO schema_version VALUES (1, 'v1', '2025-01-01T00:00:00Z');"
                + "INSERT INTO events(event_date, event_type, sub_event_type, actor1, actor2, country, admin1, location, fatalities, record, updated) "
                + "VALUES ('2025-06-01', 'Battles', 'Armed clash', 'A', 'B', 'Mali', '', 'Testville', 3, '{\"event_date\":\"2025-06-01\",\"event_type\":\"Battles\",\"country\":\"Mali\",\"fatalities\":3}', 'x');";
            cmd.ExecuteNonQuery();
        }
        using var s = SqliteEventStore.Open(_path);
        Assert.Equal(2, s.SchemaVersion);
        var e = Assert.Single(s.Events(new EventFilter()));
        Assert.Null(e.Review);
        s.Review(e.Id, new ReviewInput("correct", "ana", "fatalities", "5"));
        Assert.Equal(5, Assert.Single(s.Events(new EventFilter { Country = "mali" })).Record.Fatalities);
        s.Add([Coded("Another.", Report("2025-09-01", 15.12, -1.15, 1, "a", "b"))]);
        Assert.Equal(2, s.Counts().Events);
    }

    public void Dispose()
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            try { File.Delete(_path + suffix); } catch (IOException) { }
    }
}
