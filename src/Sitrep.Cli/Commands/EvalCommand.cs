using System.CommandLine;
using System.Globalization;
using Sitrep.Eval;
using Sitrep.Pipeline;
using Sitrep.Read;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep eval DIR|FILE... [--ignore-published] [--lang en] [--verbose]</c>: codes the article beside each gold
/// file and scores the events as ../shared/tools/score.py does (same matching, same per-file lines, same last
/// line), plus precision and recall per field. Exit 0 whenever scoring ran, since it measures rather than judges;
/// 1 when a gold file is malformed or an article unreadable, before anything is coded.
/// </summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Gold files (*.gold.json, gold.json) or folders holding them.", Arity = ArgumentArity.OneOrMore };
        var ignorePublished = new Option<bool>("--ignore-published") { Description = "Do not give the coder the gold's publication date: it must find the date itself." };
        var lang = new Option<string?>("--lang") { Description = "Score only gold files in this language (a file without \"lang\" counts as en)." };
        var verbose = new Option<bool>("--verbose") { Description = "Also print each coded event and the coder's diagnostics." };
        var cmd = new Command("eval", "Score the coder against gold files: per-file verdicts, per-field precision and recall, event precision and recall.")
            { paths, ignorePublished, lang, verbose };
        cmd.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(ignorePublished), parse.GetValue(lang), parse.GetValue(verbose)));
        return cmd;
    }

    private static int Run(string[] paths, bool ignorePublished, string? lang, bool verbose)
    {
        var files = new List<string>();
        foreach (var p in paths)
        {
            if (Directory.Exists(p))
            {
                var found = Directory.EnumerateFiles(p, "*.gold.json")
                    .Concat(File.Exists(Path.Combine(p, "gold.json")) ? [Path.Combine(p, "gold.json")] : [])
                    .Order(StringComparer.Ordinal).ToList();
                if (found.Count == 0) return Cli.Fail($"{p}: no gold files (*.gold.json or gold.json) in this folder.");
                files.AddRange(found);
            }
            else if (File.Exists(p)) files.Add(p);
            else return Cli.Fail($"{p}: no such file or folder.");
        }

        // Read every gold file and article first: a malformed one stops the run before any figure is printed.
        var work = new List<(GoldFile Gold, string Text)>();
        foreach (var f in files)
        {
            var read = GoldFileReader.Read(f);
            if (!read.Ok) return Cli.Fail($"malformed gold: {read.Error}");
            var gold = read.Gold!;
            if (lang is not null && !string.Equals(gold.Lang ?? "en", lang, StringComparison.OrdinalIgnoreCase)) continue;
            var article = ArticleFileReader.Read(gold.ArticlePath);
            if (!article.Ok) return Cli.Fail($"{f}: the article cannot be read: {article.Error}");
            work.Add((gold, article.Text!));
        }
        if (work.Count == 0) return Cli.Fail($"no gold file left to score{(lang is null ? "" : $" in language '{lang}'")}.");

        var coder = Cli.DefaultCoder();
        var evaluator = new Evaluator();
        foreach (var (gold, text) in work)
        {
            string name = Path.GetFileName(gold.Path);
            CodingResult result;
            try
            {
                result = coder.Code(new ArticleInput(text, Id: gold.Article, Published: ignorePublished ? null : gold.Published));
            }
            catch (Exception e)
            {
                // A measuring tool goes on: the file counts as short, its events as missed, and the reason is shown.
                Console.WriteLine(evaluator.AddFailure(gold, $"coder failed: {e.GetType().Name}: {e.Message}", name).Line);
                continue;
            }
            if (ignorePublished) evaluator.AddPublished(gold.Published, result.Document.Published);
            Console.WriteLine(evaluator.Add(gold, result.Events, name).Line);
            if (verbose)
            {
                foreach (var e in result.Events)
                    Console.WriteLine($"    coded: {e.EventDate} {e.SubEventType} | {e.Actor1} / {e.Actor2} | {e.Location}, {e.Country} ({e.Latitude?.ToString(CultureInfo.InvariantCulture) ?? "-"}, {e.Longitude?.ToString(CultureInfo.InvariantCulture) ?? "-"}) | killed {e.Fatalities}");
                if (ignorePublished)
                    Console.WriteLine($"    published: found {result.Document.Published?.ToString("yyyy-MM-dd") ?? "none"} ({result.Document.PublishedFrom}), gold {gold.Published?.ToString("yyyy-MM-dd") ?? "none"}");
                foreach (var d in result.Document.Diagnostics)
                    Console.WriteLine($"    {d.Severity.ToString().ToLowerInvariant()} {d.Code}: {d.Message}");
            }
        }

        var report = evaluator.Report();
        WriteFieldTable(report);
        if (ignorePublished)
            Console.WriteLine($"published: found the gold's date in {report.PublishedRight}/{report.PublishedChecked} files, none found in {report.PublishedNone}");
        Console.WriteLine(report.EventLine);
        return 0;
    }

    private static void WriteFieldTable(EvalReport report)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("fields of matched events");
        table.AddColumn("field");
        foreach (var h in new[] { "gold n", "predicted n", "right", "precision", "recall" }) table.AddColumn(new TableColumn(h).RightAligned());
        foreach (var f in report.Fields)
        {
            if (f.Gold == 0) continue;
            table.AddRow(Markup.Escape(f.InScorer ? f.Name : f.Name + " *"),
                f.Gold.ToString(CultureInfo.InvariantCulture), f.Predicted.ToString(CultureInfo.InvariantCulture), f.Right.ToString(CultureInfo.InvariantCulture),
                f.Precision.ToString("F2", CultureInfo.InvariantCulture), f.Recall.ToString("F2", CultureInfo.InvariantCulture));
        }
        if (table.Rows.Count == 0)
        {
            Console.WriteLine("fields: no matched event to score");
            return;
        }
        table.Caption("* beyond score.py; precision = right/predicted, recall = right/gold");
        AnsiConsole.Write(table);
    }
}
