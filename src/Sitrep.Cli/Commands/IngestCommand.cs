using System.CommandLine;
using Sitrep.Read;
using Sitrep.Store;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep ingest PATH|FEED-URL... [--db DB] [--workers N] [--no-follow] [--no-progress]</c></summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Files, folders (read recursively), feed or page URLs.", Arity = ArgumentArity.OneOrMore };
        var store = new StoreOptions();
        var workers = new Option<int?>("--workers") { Description = "Articles coded at once (default: all cores)." };
        var noFollow = new Option<bool>("--no-follow") { Description = "Read feed items' own text; do not fetch their links." };
        var noProgress = new Option<bool>("--no-progress") { Description = "No progress bar (it is off anyway when output is not a terminal)." };
        var cmd = new Command("ingest", "Read, code and store articles; events reported by several articles are merged.")
            { inputs, store.Db, workers, noFollow, noProgress };
        cmd.SetAction(parse => Run(parse, parse.GetValue(inputs)!, store, parse.GetValue(workers), parse.GetValue(noFollow), parse.GetValue(noProgress)));
        return cmd;
    }

    private static int Run(ParseResult parse, string[] inputs, StoreOptions options, int? workers, bool noFollow, bool noProgress)
    {
        if (workers is < 1) return Cli.Fail($"--workers must be at least 1, got {workers}.");
        var (store, error) = options.Open(parse);
        if (store is null) return Cli.Fail(error!);
        using var _ = store;
        using var cancel = new CancellationTokenSource();
        // Ctrl+C stops reading; what is coded is still stored, so the rerun starts where this one stopped.
        ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; cancel.Cancel(); };
        Console.CancelKeyPress += onCancel;
        try
        {
            var ingestor = new Ingestor(Cli.DefaultCoder(), store, new ArticleSource(new SourceOptions { FollowLinks = !noFollow }))
            {
                Workers = workers ?? Environment.ProcessorCount,
            };
            IngestSummary summary;
            if (!noProgress && AnsiConsole.Profile.Capabilities.Interactive && !Console.IsOutputRedirected)
            {
                summary = null!;
                AnsiConsole.Progress()
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
                    .Start(ctx =>
                    {
                        var task = ctx.AddTask("ingesting");
                        summary = ingestor.Run(inputs, p =>
                        {
                            task.MaxValue = Math.Max(1, p.Units);
                            task.Value = p.UnitsDone;
                            task.Description = $"{p.ArticlesStored:N0} stored, {p.ArticlesPerSecond:N0} articles/s";
                        }, cancel.Token);
                        task.Value = task.MaxValue;
                    });
            }
            else summary = ingestor.Run(inputs, null, cancel.Token);
            Print(summary, store);
            return summary.ArticlesRead == 0 && summary.Skipped.Count > 0 ? 1 : 0;
        }
        catch (StoreException e) { return Cli.Fail(e.Message); }
        finally { Console.CancelKeyPress -= onCancel; }
    }

    private static void Print(IngestSummary s, IEventStore store)
    {
        var o = Console.Out;
        if (s.Cancelled) o.WriteLine("interrupted: what was read is stored; run the same command again to finish.");
        o.WriteLine($"articles read    {s.ArticlesRead,8:N0}");
        o.WriteLine($"  new            {s.ArticlesNew,8:N0}");
        o.WriteLine($"  already stored {s.Duplicates,8:N0}");
        o.WriteLine($"skipped          {s.Skipped.Count,8:N0}");
        foreach (var g in s.Skipped.GroupBy(x => x.Reason).OrderByDescending(g => g.Count()))
        {
            var first = g.Take(3).Select(x => x.Origin);
            o.WriteLine($"  {g.Count(),5} × {g.Key}: {string.Join(", ", first)}{(g.Count() > 3 ? ", ..." : "")}");
        }
        o.WriteLine($"events new       {s.EventsNew,8:N0}");
        o.WriteLine($"events merged    {s.EventsMerged,8:N0}");
        o.WriteLine($"{s.ArticlesPerSecond:N0} articles/s over {s.Elapsed.TotalSeconds:0.0} s into {store.Describe}");
    }
}
