using System.CommandLine;
using System.Text.Json;
using Sitrep.Output;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep show EVENT [--format table|json]</c>: an event, every report behind it, and why they were merged.</summary>
internal static class ShowCommand
{
    public static Command Create()
    {
        var id = new Argument<long>("event") { Description = "The event's id (from 'sitrep events')." };
        var store = new StoreOptions();
        var format = new Option<string>("--format") { Description = "table or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var cmd = new Command("show", "Show one event: its reports, their claims, and why they were merged.") { id, store.Db, format };
        cmd.SetAction(parse =>
        {
            var (db, error) = store.Open(parse);
            if (db is null) return Cli.Fail(error!);
            using var _ = db;
            var ev = db.Event(parse.GetValue(id));
            if (ev is null) return Cli.Fail($"no event {parse.GetValue(id)} in {db.Describe}.");
            if (parse.GetValue(format) == "json")
            {
                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    id = ev.Id, @event = ev.Record,
                    reports = ev.Reports.Select(r => new { article = r.ArticleRef, origin = r.Origin, title = r.Title, source = r.Source, published = r.Published?.ToString("yyyy-MM-dd"), match = r.MatchReason, record = r.Record }),
                }, Output.EventWriters.Json));
                return 0;
            }
            var e = ev.Record;
            AnsiConsole.MarkupLine($"[bold]Event {ev.Id}[/]: {Markup.Escape(e.EventDate)} {Markup.Escape(e.EventType)} / {Markup.Escape(e.SubEventType)}");
            AnsiConsole.MarkupLine($"  actors: {Markup.Escape(e.Actor1)} vs {Markup.Escape(e.Actor2)}");
            AnsiConsole.MarkupLine($"  place: {Markup.Escape(string.Join(", ", new[] { e.Location, e.Admin1, e.Country }.Where(s => s.Length > 0)))} ({e.Latitude?.ToString("0.####") ?? "?"}, {e.Longitude?.ToString("0.####") ?? "?"})");
            AnsiConsole.MarkupLine($"  fatalities: {e.Fatalities} (lowest credible figure over {ev.Reports.Count} report(s); range {e.FatalitiesLow?.ToString() ?? "?"}–{e.FatalitiesHigh?.ToString() ?? "?"})");
            foreach (var r in ev.Reports)
            {
                AnsiConsole.MarkupLine($"[bold]report {r.Id}[/] article [green]{r.ArticleRef}[/] {Markup.Escape(r.Source ?? "")} {r.Published?.ToString("yyyy-MM-dd") ?? ""} {Markup.Escape(r.Title ?? "")}");
                AnsiConsole.MarkupLine($"  from: {Markup.Escape(r.Origin)}");
                AnsiConsole.MarkupLine($"  says: {Markup.Escape(r.Record.EventDate)}, {Markup.Escape(r.Record.Location)}, {r.Record.Fatalities} killed");
                AnsiConsole.MarkupLine($"  why: {Markup.Escape(r.MatchReason)}");
                foreach (var c in r.Record.Claims)
                    AnsiConsole.MarkupLine($"  claim: [green]{Markup.Escape(c.By)}[/] ({Markup.Escape(c.Kind)}): {Markup.Escape(c.Says)}");
            }
            if (ev.Reports.Count > 1)
                AnsiConsole.MarkupLine($"[grey]Undo a merge with: sitrep split {ev.Id} ARTICLE[/]");
            return 0;
        });
        return cmd;
    }
}
