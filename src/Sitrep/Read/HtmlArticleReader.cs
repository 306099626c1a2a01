using System.Globalization;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Sitrep.Pipeline;

namespace Sitrep.Read;

/// <summary>
/// An article from a web page: SmartReader (a port of Mozilla's Readability) finds the main text, the
/// title and the byline; the publication date comes from SmartReader, else from the page's JSON-LD
/// (<c>datePublished</c>) or its meta tags (<c>article:published_time</c>, <c>date</c>, ...), read
/// with AngleSharp's parser. Paragraphs are kept as blank-line-separated blocks, as the coder expects.
/// </summary>
public static class HtmlArticleReader
{
    private static readonly string[] DateMeta =
        ["article:published_time", "og:published_time", "datePublished", "date", "dc.date", "dc.date.issued", "pubdate", "publish-date", "sailthru.date"];

    public static SourceItem Read(string html, string origin, string? url = null, string? source = null)
    {
        SmartReader.Article article;
        try
        {
            var reader = new SmartReader.Reader(url is not null && Uri.IsWellFormedUriString(url, UriKind.Absolute) ? url : "https://localhost/", html);
            article = reader.GetArticle();
        }
        catch (Exception e)
        {
            return SourceItem.Skip(origin, $"HTML could not be parsed ({e.Message})");
        }
        var text = BlockText(article.Content);
        if (string.IsNullOrWhiteSpace(text)) text = article.TextContent?.Trim() ?? "";
        if (text.Length == 0) return SourceItem.Skip(origin, "no article text found in the HTML");

        var doc = new HtmlParser().ParseDocument(html);
        DateOnly? published = article.PublicationDate is { } pd ? DateOnly.FromDateTime(pd) : null;
        published ??= JsonLdDate(doc) ?? MetaDate(doc);
        var siteName = source ?? NonEmpty(article.SiteName)
            ?? doc.QuerySelector("meta[property='og:site_name']")?.GetAttribute("content");
        var title = NonEmpty(article.Title) ?? NonEmpty(doc.Title);
        var author = NonEmpty(article.Author) ?? NonEmpty(article.Byline);
        return new SourceItem(origin, new ArticleInput(text, Published: published, Source: siteName, Url: url, Title: title), author);
    }

    /// <summary>The text of each block element, one paragraph per block, in document order.</summary>
    internal static string BlockText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html)) return "";
        var doc = new HtmlParser().ParseDocument(html);
        var sb = new StringBuilder();
        foreach (var el in doc.QuerySelectorAll("p, h1, h2, h3, h4, h5, h6, li, blockquote, pre"))
        {
            // Only the innermost blocks: a blockquote holding paragraphs is read through its paragraphs.
            if (el.QuerySelector("p, h1, h2, h3, h4, h5, h6, li, blockquote, pre") is not null) continue;
            var t = Collapse(el.TextContent);
            if (t.Length == 0) continue;
            if (sb.Length > 0) sb.Append("\n\n");
            sb.Append(t);
        }
        return sb.ToString();
    }

    private static string Collapse(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static DateOnly? JsonLdDate(AngleSharp.Html.Dom.IHtmlDocument doc)
    {
        foreach (var script in doc.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent);
                if (FindDate(json.RootElement) is { } d) return d;
            }
            catch (JsonException) { /* a broken JSON-LD block is common; the meta tags may still say */ }
        }
        return null;
    }

    private static DateOnly? FindDate(JsonElement e)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                if (e.TryGetProperty("datePublished", out var dp) && dp.ValueKind == JsonValueKind.String && ParseDate(dp.GetString()) is { } d) return d;
                foreach (var p in e.EnumerateObject())
                    if (FindDate(p.Value) is { } d2) return d2;
                return null;
            case JsonValueKind.Array:
                foreach (var x in e.EnumerateArray())
                    if (FindDate(x) is { } d3) return d3;
                return null;
            default: return null;
        }
    }

    private static DateOnly? MetaDate(AngleSharp.Html.Dom.IHtmlDocument doc)
    {
        foreach (var name in DateMeta)
        {
            var el = doc.QuerySelector($"meta[property='{name}'], meta[name='{name}'], meta[itemprop='{name}']");
            if (ParseDate(el?.GetAttribute("content")) is { } d) return d;
        }
        return ParseDate(doc.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
    }

    /// <summary>An ISO date or date-time; the calendar date as written (no time-zone shift).</summary>
    internal static DateOnly? ParseDate(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        s = s.Trim();
        if (s.Length >= 10 && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dto)) return DateOnly.FromDateTime(dto.DateTime);
        return null;
    }

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
