using System.CommandLine;
using Sitrep.Output;
using Sitrep.Pipeline;
using Sitrep.Read;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep code FILE|- [--published YYYY-MM-DD] [--format table|json|csv|geojson]</c></summary>
internal static class CodeCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("file") { Description = "An article as plain text or a saved web page (HTML), or - for standard input." };
        var published = new Option<string?>("--published") { Description = "The article's publication date, YYYY-MM-DD; wins over a date found in the text." };
        var format = new Option<string>("--format") { Description = "table, json, csv or geojson.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv", "geojson");
        var cmd = new Command("code", "Code one article into events.") { path, published, format };
        cmd.SetAction(parse => Run(parse.GetValue(path)!, parse.GetValue(published), parse.GetValue(format)!));
        return cmd;
    }

    private static bool LooksLikeHtml(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 2048)).TrimStart();
        return head.StartsWith("<") && (head.Contains("<html", StringComparison.OrdinalIgnoreCase) ||
                                        head.Contains("<!doctype", StringComparison.OrdinalIgnoreCase) ||
                                        head.Contains("<body", StringComparison.OrdinalIgnoreCase));
    }

    private static int Run(string path, string? published, string format)
    {
        DateOnly? pub = null;
        if (published is not null)
        {
            if (!DateOnly.TryParseExact(published, "yyyy-MM-dd", out var d))
                return Cli.Fail($"--published must be a date as YYYY-MM-DD, got '{published}'.");
            pub = d;
        }
        var read = ArticleFileReader.Read(path);
        if (!read.Ok) return Cli.Fail(read.Error!);
        string id = path == "-" ? "stdin" : Path.GetFileName(path);
        var input = new ArticleInput(read.Text!, Id: id, Published: pub);
        if (LooksLikeHtml(read.Text!))
        {
            // A saved web page: its article text, title and date come from the markup, as for 'sitrep ingest'.
            var item = HtmlArticleReader.Read(read.Text!, id);
            if (item.Article is null) return Cli.Fail($"{path}: {item.Skipped}");
            input = item.Article with { Id = id, Published = pub ?? item.Article.Published };
        }
        var coder = Cli.DefaultCoder();
        var result = coder.Code(input);
        foreach (var d in result.Document.Diagnostics)
            Console.Error.WriteLine($"{d.Severity.ToString().ToLowerInvariant()} {d.Code}: {d.Message}");
        EventWriters.Write(format, result.Events, Console.Out);
        return 0;
    }
}
