using CodeHollow.FeedReader;
using Sitrep.Pipeline;

namespace Sitrep.Read;

/// <summary>
/// Articles from an RSS or Atom feed (CodeHollow.FeedReader parses both). Each item becomes an article:
/// when the feed came from the web and links may be followed, the item's link is fetched and read as a
/// web page; otherwise (or when that fails) the item's own content or description is the text.
/// A feed that times out or cannot be parsed is one skip with a clear reason, never an exception.
/// </summary>
public static class FeedArticleReader
{
    public static IEnumerable<SourceItem> ReadFile(string path)
    {
        string xml;
        try { xml = File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [SourceItem.Skip(path, $"cannot be read ({e.Message})")];
        }
        return Parse(xml, path, fetch: null);
    }

    public static IEnumerable<SourceItem> ReadUrl(string url, WebFetcher web, bool followLinks)
    {
        var got = web.Get(url);
        if (got.Error is not null) return [SourceItem.Skip(url, got.Error)];
        return Parse(got.Body!, url, followLinks ? web : null);
    }

    internal static IEnumerable<SourceItem> Parse(string xml, string origin, WebFetcher? fetch)
    {
        Feed feed;
        try { feed = FeedReader.ReadFromString(xml); }
        catch (Exception e)
        {
            return [SourceItem.Skip(origin, $"not an RSS or Atom feed ({e.Message.Split('\n')[0].TrimEnd('.')})")];
        }
        var source = string.IsNullOrWhiteSpace(feed.Title) ? null : feed.Title.Trim();
        return Items(feed, origin, source, fetch);
    }

    private static IEnumerable<SourceItem> Items(Feed feed, string origin, string? source, WebFetcher? fetch)
    {
        int n = 0;
        foreach (var item in feed.Items)
        {
            n++;
            var itemOrigin = !string.IsNullOrWhiteSpace(item.Link) ? item.Link : $"{origin}#{n}";
            DateOnly? published = item.PublishingDate is { } pd ? DateOnly.FromDateTime(pd) : HtmlArticleReader.ParseDate(item.PublishingDateString);
            var title = string.IsNullOrWhiteSpace(item.Title) ? null : item.Title.Trim();

            if (fetch is not null && Uri.TryCreate(item.Link, UriKind.Absolute, out var link) && link.Scheme is "http" or "https")
            {
                var page = fetch.Get(item.Link);
                if (page.Error is null)
                {
                    var read = HtmlArticleReader.Read(page.Body!, itemOrigin, item.Link, source);
                    if (read.Article is { } art)
                    {
                        // The feed's date and title are what the publisher declared; they win over guesses from the page.
                        yield return read with { Article = art with { Published = published ?? art.Published, Title = title ?? art.Title } };
                        continue;
                    }
                }
            }

            var html = !string.IsNullOrWhiteSpace(item.Content) ? item.Content : item.Description;
            var text = HtmlArticleReader.BlockText(html);
            if (text.Length == 0) text = Plain(html);
            if (text.Length == 0) { yield return SourceItem.Skip(itemOrigin, "feed item has no text and its link could not be read"); continue; }
            yield return new SourceItem(itemOrigin,
                new ArticleInput(text, Published: published, Source: source, Url: item.Link, Title: title), item.Author);
        }
    }

    private static string Plain(string? html) =>
        string.IsNullOrWhiteSpace(html) ? "" : (new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).Body?.TextContent ?? "").Trim();
}

/// <summary>Fetches web pages with a timeout; failures come back as a one-line reason.</summary>
public sealed class WebFetcher(TimeSpan timeout)
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { AutomaticDecompression = System.Net.DecompressionMethods.All })
    {
        Timeout = timeout,
        DefaultRequestHeaders = { { "User-Agent", "sitrep/0.1 (+offline event coder)" } },
    };

    public (string? Body, string? Error) Get(string url)
    {
        try
        {
            using var resp = _http.GetAsync(url).GetAwaiter().GetResult();
            if (!resp.IsSuccessStatusCode) return (null, $"HTTP {(int)resp.StatusCode} {resp.ReasonPhrase}");
            return (resp.Content.ReadAsStringAsync().GetAwaiter().GetResult(), null);
        }
        catch (TaskCanceledException) { return (null, $"timed out after {timeout.TotalSeconds:0} s"); }
        catch (HttpRequestException e) { return (null, $"cannot be fetched ({e.Message.TrimEnd('.')})"); }
        catch (InvalidOperationException e) { return (null, $"not a fetchable URL ({e.Message.TrimEnd('.')})"); }
    }
}
