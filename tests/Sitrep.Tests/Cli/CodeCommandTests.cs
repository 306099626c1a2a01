using System.Diagnostics;
using System.Text;
using Sitrep.Read;

namespace Sitrep.Tests.Cli;

/// <summary>Bad input to 'sitrep code': a one-line error and a non-zero exit, or a clean result; never a trace or a hang.</summary>
public sealed class CodeCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-code-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Empty_binary_invalid_utf8_and_missing_files_get_one_line_errors()
    {
        Assert.Contains("empty", ArticleFileReader.Read(Write("empty.txt", [])).Error);
        Assert.Contains("binary", ArticleFileReader.Read(Write("junk.bin", [0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 3])).Error);
        Assert.Contains("UTF-8", ArticleFileReader.Read(Write("latin1.txt", Encoding.Latin1.GetBytes("Soldats tués à Gao, déclare l'armée."))).Error);
        Assert.Contains("no such file", ArticleFileReader.Read(Path.Combine(_dir, "nope.txt")).Error);
        foreach (var e in new[] { "empty.txt", "junk.bin", "latin1.txt" })
            Assert.DoesNotContain('\n', ArticleFileReader.Read(Path.Combine(_dir, e)).Error!);
    }

    [Fact]
    public void The_cli_exits_non_zero_with_one_line_and_no_stack_trace()
    {
        var (code, stdout, stderr) = RunCli("code", Write("empty.txt", []));
        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("   at ", stderr);
        (code, _, stderr) = RunCli("code", Path.Combine(_dir, "missing.txt"), "--published", "2025-13-40");
        Assert.Equal(1, code);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public void A_20_MB_file_gives_a_clean_result()
    {
        var story = "Gunmen killed five villagers in Kajuru on Sunday, police said. The army sent patrols to the area.\n\n";
        var sb = new StringBuilder(21_000_000);
        while (sb.Length < 20_000_000) sb.Append(story);
        var read = ArticleFileReader.Read(Write("big.txt", Encoding.UTF8.GetBytes(sb.ToString())));
        Assert.True(read.Ok, read.Error);
        var events = Support.TestCoder.Code(read.Text!, "2025-03-12");
        Assert.Single(events); // the same attack told 190,000 times is one event
    }

    [Fact]
    public void A_saved_web_page_is_read_through_its_markup_and_dated_from_its_meta_tag()
    {
        const string page = """
            <!DOCTYPE html><html><head><title>Gunmen kill five in Kajuru</title>
            <meta property="article:published_time" content="2025-03-12T08:00:00Z"></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><h1>Gunmen kill five in Kajuru</h1>
            <p>KADUNA, Nigeria - Gunmen killed five villagers in Kajuru on Monday, police said.</p>
            <p>The attackers arrived on motorcycles and fled into the forest, residents said.</p></article>
            <footer>Share this | Subscribe</footer></body></html>
            """;
        var (code, stdout, _) = RunCli("code", Write("page.html", Encoding.UTF8.GetBytes(page)), "--format", "json");
        Assert.Equal(0, code);
        using var json = System.Text.Json.JsonDocument.Parse(stdout);
        var e = Assert.Single(json.RootElement.GetProperty("events").EnumerateArray());
        Assert.Equal("2025-03-10", e.GetProperty("event_date").GetString());
        Assert.Equal(5, e.GetProperty("fatalities").GetInt32());
    }

    private static (int Code, string Stdout, string Stderr) RunCli(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "sitrep.dll");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        Assert.True(p.WaitForExit(60_000), "sitrep did not finish within a minute");
        return (p.ExitCode, stdout.Result, stderr.Result);
    }
}
