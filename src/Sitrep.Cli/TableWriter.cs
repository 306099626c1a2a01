using Sitrep.Output;
using Spectre.Console;

namespace Sitrep.Cli;

/// <summary>A readable table of events for the terminal (Spectre.Console).</summary>
internal static class TableWriter
{
    public static void Write(IReadOnlyList<EventRecord> events)
    {
        if (events.Count == 0)
        {
            AnsiConsole.MarkupLine("[grey]No events.[/]");
            return;
        }
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var h in new[] { "date", "type", "actor 1", "actor 2", "place", "killed", "wounded", "taken" })
            table.AddColumn(h);
        foreach (var e in events)
        {
            string place = string.Join(", ", new[] { e.Location, e.Admin1, e.Country }.Where(s => s.Length > 0));
            table.AddRow(
                Markup.Escape(e.EventDate + (e.TimePrecision > 1 ? $" (±{(e.TimePrecision == 2 ? "week" : "month")})" : "")),
                Markup.Escape($"{e.EventType}\n{e.SubEventType}"),
                Markup.Escape(e.Actor1), Markup.Escape(e.Actor2), Markup.Escape(place),
                Markup.Escape(Range(e.Fatalities, e.FatalitiesLow, e.FatalitiesHigh)),
                Markup.Escape(e.Wounded?.ToString() ?? ""),
                Markup.Escape(e.Captured is { } c ? (c.High == c.Low ? $"{c.Low}" : $"{c.Low}–{c.High?.ToString() ?? "?"}") : ""));
        }
        AnsiConsole.Write(table);
        foreach (var e in events)
        {
            if (e.Claims.Count == 0) continue;
            AnsiConsole.MarkupLine($"[bold]{Markup.Escape(e.EventDate)} {Markup.Escape(e.Location)}[/] — claims:");
            foreach (var c in e.Claims)
                AnsiConsole.MarkupLine($"  [green]{Markup.Escape(c.By)}[/] ({Markup.Escape(c.Kind)}): {Markup.Escape(c.Says)}");
        }
    }

    private static string Range(int value, int? low, int? high) =>
        low is null ? value.ToString() : high == low ? value.ToString() : $"{value} ({low}–{high?.ToString() ?? "?"})";
}
