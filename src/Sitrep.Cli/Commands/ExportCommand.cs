using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sitrep.Output;
using Sitrep.Store;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep export --format acled-csv|geojson|jsonl [filters] [-o FILE]</c></summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var store = new StoreOptions();
        var format = new Option<string>("--format") { Description = "acled-csv (ACLED's header, order and dates), geojson (RFC 7946) or jsonl.", DefaultValueFactory = _ => "acled-csv" };
        format.AcceptOnlyFromAmong("acled-csv", "geojson", "jsonl");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file (default: standard output)." };
        var cmd = new Command("export", "Export stored events.") { store.Db, format, output };
        foreach (var f in store.Filters) cmd.Options.Add(f);
        cmd.SetAction(parse =>
        {
            var (filter, error) = store.Filter(parse);
            if (filter is null) return Cli.Fail(error!);
            var (db, dbError) = store.Open(parse);
            if (db is null) return Cli.Fail(dbError!);
            using var _ = db;
            var events = db.Events(filter)
                .Select(s => s.Record.EventIdCnty.Length > 0 ? s.Record : s.Record with { EventIdCnty = $"SITREP{s.Id}" })
                .ToList();
            var path = parse.GetValue(output);
            if (path is null) { Write(parse.GetValue(format)!, events, Console.Out); return 0; }
            // Written beside the target and renamed, so a failed export never leaves half a file.
            var tmp = path + ".tmp";
            try
            {
                using (var w = new StreamWriter(tmp, false, new System.Text.UTF8Encoding(false)))
                    Write(parse.GetValue(format)!, events, w);
                File.Move(tmp, path, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                try { File.Delete(tmp); } catch (Exception) { /* best effort */ }
                return Cli.Fail($"{path}: cannot be written ({e.Message}).");
            }
            Console.Error.WriteLine($"{events.Count} events written to {path}");
            return 0;
        });
        return cmd;
    }

    private static void Write(string format, IReadOnlyList<EventRecord> events, TextWriter w)
    {
        switch (format)
        {
            case "acled-csv": Output.EventWriters.WriteCsv(events, w); break;
            case "geojson": Output.EventWriters.WriteGeoJson(events, w); break;
            default:
                var compact = new JsonSerializerOptions(Output.EventWriters.Json) { WriteIndented = false };
                foreach (var e in events) w.WriteLine(JsonSerializer.Serialize(e, compact));
                break;
        }
    }
}
