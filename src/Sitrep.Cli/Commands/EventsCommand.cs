using System.CommandLine;
using Sitrep.Store;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep events [--country C] [--since D] [--until D] [--type T] [--near LAT,LON,KM] [--limit N]</c></summary>
internal static class EventsCommand
{
    public static Command Create()
    {
        var store = new StoreOptions();
        var limit = new Option<int?>("--limit") { Description = "At most this many events." };
        var cmd = new Command("events", "List stored events, filtered.") { store.Db, limit };
        foreach (var f in store.Filters) cmd.Options.Add(f);
        cmd.SetAction(parse =>
        {
            var (filter, error) = store.Filter(parse);
            if (filter is null) return Cli.Fail(error!);
            if (parse.GetValue(limit) is { } l) { if (l < 1) return Cli.Fail("--limit must be at least 1."); filter = filter with { Limit = l }; }
            var (db, dbError) = store.Open(parse);
            if (db is null) return Cli.Fail(dbError!);
            using var _ = db;
            Print(db.Events(filter));
            return 0;
        });
        return cmd;
    }

    private static void Print(IReadOnlyList<StoredEvent> events)
    {
        if (events.Count == 0) { AnsiConsole.MarkupLine("[grey]No events.[/]"); return; }
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var h in new[] { "id", "date", "type", "actor 1", "actor 2", "place", "killed", "reports" }) table.AddColumn(h);
        foreach (var (id, e, _) in events)
        {
            var place = string.Join(", ", new[] { e.Location, e.Admin1, e.Country }.Where(s => s.Length > 0));
            var killed = e.FatalitiesLow is { } lo && (e.FatalitiesHigh != lo) ? $"{e.Fatalities} ({lo}–{e.FatalitiesHigh?.ToString() ?? "?"})" : e.Fatalities.ToString();
            table.AddRow(id.ToString(), Markup.Escape(e.EventDate), Markup.Escape(e.SubEventType.Length > 0 ? e.SubEventType : e.EventType),
                Markup.Escape(e.Actor1), Markup.Escape(e.Actor2), Markup.Escape(place), killed, e.Articles.Count.ToString());
        }
        AnsiConsole.Write(table);
    }
}
