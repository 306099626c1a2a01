using System.CommandLine;
using Sitrep.Pipeline;
using Sitrep.Read;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep layout FILE</c>: shows how the page was read — each line's role and why, the sentences.</summary>
internal static class LayoutCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("file") { Description = "An article as plain text, or - for standard input." };
        var cmd = new Command("layout", "Show how an article's lines and sentences were read (story, headline, captions, furniture).") { path };
        cmd.SetAction(parse =>
        {
            var read = ArticleFileReader.Read(parse.GetValue(path)!);
            if (!read.Ok) return Cli.Fail(read.Error!);
            var doc = Cli.DefaultCoder().Code(new ArticleInput(read.Text!)).Document;
            foreach (var line in doc.Lines)
            {
                if (line.Role == Text.LineRole.Blank) continue;
                var t = doc.Slice(line.Span);
                Console.WriteLine($"{line.Role,-10} {(line.Reason is null ? "" : "(" + line.Reason + ") ")}{(t.Length > 90 ? t[..90] + "…" : t)}");
            }
            if (doc.Dateline is { } d) Console.WriteLine($"dateline: {doc.Slice(d)}  place: {(doc.DatelinePlace is { } p ? doc.Slice(p) : "-")}");
            Console.WriteLine($"language: {doc.Language}; published: {doc.Published?.ToString("yyyy-MM-dd") ?? "unknown"} ({doc.PublishedFrom})");
            foreach (var s in doc.Sentences)
                Console.WriteLine($"  [{s.Index}] {s.Role}: {doc.Slice(s.Span)}");
            foreach (var m in doc.Mentions) Console.WriteLine($"  {m}");
            return 0;
        });
        return cmd;
    }
}
