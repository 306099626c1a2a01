using System.Text.Json;
using Sitrep.Pipeline;

namespace Sitrep.Read;

/// <summary>How the ingest reads its inputs.</summary>
public sealed record SourceOptions
{
    /// <summary>Fetch each feed item's link (feeds from the web only); off keeps a run to the feed's own text.</summary>
    public bool FollowLinks { get; init; } = true;
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);
}

/// <summary>
/// Turns the paths and URLs given to <c>sitrep ingest</c> into articles. Folders are walked recursively;
/// each file is read by its kind: <c>.txt/.md</c> plain text (with an optional <c>NAME.meta.json</c>
/// beside it: <c>{source, published, title, url}</c>), <c>.html/.htm</c> web pages, <c>.xml/.rss/.atom</c>
/// feeds, <c>.jsonl/.ndjson</c> JSON lines; <c>http(s)://</c> arguments are feeds (or pages).
/// </summary>
/// <remarks>
/// Listing (<see cref="Units"/>) is cheap and sequential; reading a unit (<see cref="Read"/>) is the
/// costly part and is thread-safe, so the ingest reads many units at once.
/// </remarks>
public sealed class ArticleSource(SourceOptions? options = null)
{
    private readonly SourceOptions _options = options ?? new SourceOptions();
    private readonly Lazy<WebFetcher> _web = new(() => new WebFetcher((options ?? new SourceOptions()).Timeout));

    private static readonly HashSet<string> Text = new(StringComparer.OrdinalIgnoreCase) { ".txt", ".text", ".md" };
    private static readonly HashSet<string> Html = new(StringComparer.OrdinalIgnoreCase) { ".html", ".htm", ".xhtml" };
    private static readonly HashSet<string> Feeds = new(StringComparer.OrdinalIgnoreCase) { ".xml", ".rss", ".atom" };
    private static readonly HashSet<string> Lines = new(StringComparer.OrdinalIgnoreCase) { ".jsonl", ".ndjson" };

    /// <summary>The files (sorted, so runs are repeatable) and URLs to read, and what was skipped while listing.</summary>
    public IEnumerable<SourceUnit> Units(IEnumerable<string> arguments)
    {
        foreach (var arg in arguments)
        {
            if (IsUrl(arg)) { yield return new SourceUnit(arg, null); continue; }
            if (Directory.Exists(arg))
            {
                IEnumerable<string> files;
                string? error = null;
                try
                {
                    files = Directory.EnumerateFiles(arg, "*", new EnumerationOptions
                    {
                        RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden,
                    }).Order(StringComparer.Ordinal).ToList();
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    files = [];
                    error = $"folder cannot be listed ({e.Message})";
                }
                if (error is not null) yield return new SourceUnit(arg, error);
                foreach (var f in files)
                    if (Classify(f) is { } unit) yield return unit;
                continue;
            }
            if (File.Exists(arg)) { yield return Classify(arg) ?? new SourceUnit(arg, "a metadata file, not an article"); continue; }
            yield return new SourceUnit(arg, "no such file, folder or URL");
        }
    }

    /// <summary>Null for files that are read alongside others (NAME.meta.json) and so are not units of their own.</summary>
    private static SourceUnit? Classify(string path)
    {
        var name = Path.GetFileName(path);
        if (name.StartsWith('.')) return null;
        if (name.EndsWith(".meta.json", StringComparison.OrdinalIgnoreCase)) return null;
        var ext = Path.GetExtension(path);
        if (Text.Contains(ext) || Html.Contains(ext) || Feeds.Contains(ext) || Lines.Contains(ext)) return new SourceUnit(path, null);
        return new SourceUnit(path, ext.Length == 0 ? "no file extension; cannot tell the format" : $"'{ext}' is not a format sitrep reads");
    }

    /// <summary>Every article in one unit (or why not). Never throws for bad input.</summary>
    public IEnumerable<SourceItem> Read(SourceUnit unit)
    {
        if (unit.Skipped is { } why) return [SourceItem.Skip(unit.Location, why)];
        var loc = unit.Location;
        try
        {
            if (IsUrl(loc)) return ReadUrl(loc);
            var ext = Path.GetExtension(loc);
            if (Lines.Contains(ext)) return JsonLinesReader.Read(loc);
            if (Feeds.Contains(ext)) return FeedArticleReader.ReadFile(loc);
            var read = ArticleFileReader.Read(loc);
            if (!read.Ok) return [SourceItem.Skip(loc, StripName(read.Error!, loc))];
            if (Html.Contains(ext)) return [HtmlArticleReader.Read(read.Text!, loc)];
            return [PlainText(loc, read.Text!)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [SourceItem.Skip(loc, $"cannot be read ({e.Message})")];
        }
    }

    private IEnumerable<SourceItem> ReadUrl(string url)
    {
        var got = _web.Value.Get(url);
        if (got.Error is not null) return [SourceItem.Skip(url, got.Error)];
        var body = got.Body!;
        var head = body.AsSpan(0, Math.Min(body.Length, 1024)).TrimStart();
        bool isFeed = head.StartsWith("<?xml") || head.Contains("<rss", StringComparison.OrdinalIgnoreCase) || head.Contains("<feed", StringComparison.OrdinalIgnoreCase);
        return isFeed
            ? FeedArticleReader.Parse(body, url, _options.FollowLinks ? _web.Value : null)
            : [HtmlArticleReader.Read(body, url, url)];
    }

    /// <summary>A text file and, where present, its NAME.meta.json: {source, published, title, url}.</summary>
    internal static SourceItem PlainText(string path, string text)
    {
        var meta = Path.Combine(Path.GetDirectoryName(path) ?? ".", Path.GetFileNameWithoutExtension(path) + ".meta.json");
        if (!File.Exists(meta)) return new SourceItem(path, new ArticleInput(text));
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(meta));
            var r = doc.RootElement;
            string? Get(string n) => r.ValueKind == JsonValueKind.Object && r.TryGetProperty(n, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var published = Get("published");
            var date = HtmlArticleReader.ParseDate(published);
            if (published is not null && date is null) return SourceItem.Skip(path, $"{Path.GetFileName(meta)}: \"published\" is not a date: '{published}'");
            return new SourceItem(path, new ArticleInput(text, Published: date, Source: Get("source"), Url: Get("url"), Title: Get("title")), Get("author"));
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            return SourceItem.Skip(path, $"{Path.GetFileName(meta)} is not valid JSON ({e.Message.Split('.')[0]})");
        }
    }

    private static bool IsUrl(string s) =>
        Uri.TryCreate(s, UriKind.Absolute, out var u) && u.Scheme is "http" or "https";

    private static string StripName(string error, string path) =>
        error.StartsWith(path + ": ", StringComparison.Ordinal) ? error[(path.Length + 2)..].TrimEnd('.') : error.TrimEnd('.');
}

/// <summary>A file or URL to read, or (with <see cref="Skipped"/>) one that will not be read and why.</summary>
public sealed record SourceUnit(string Location, string? Skipped);
