using Sitrep.Read;

namespace Sitrep.Tests.Read;

/// <summary>Each input format, from files written here (invented text, no news sentences).</summary>
public sealed class ArticleSourceTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-read-").FullName;

    private List<SourceItem> ReadAll(params string[] args)
    {
        var source = new ArticleSource();
        return source.Units(args).SelectMany(source.Read).ToList();
    }

    private string Write(string name, string content)
    {
        var p = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(p)!);
        File.WriteAllText(p, content);
        return p;
    }

    [Fact]
    public void Plain_text_takes_its_metadata_from_the_meta_json_beside_it()
    {
        var p = Write("a.txt", "Something happened in a test town.\n");
        Write("a.meta.json", """{"source": "Test Wire", "published": "2025-06-03", "title": "A title", "url": "https://example.org/a"}""");
        var item = Assert.Single(ReadAll(p));
        Assert.Equal("Test Wire", item.Article!.Source);
        Assert.Equal(new DateOnly(2025, 6, 3), item.Article.Published);
        Assert.Equal("A title", item.Article.Title);
        Assert.Equal("https://example.org/a", item.Article.Url);
    }

    [Fact]
    public void Html_gives_the_text_by_paragraph_title_author_and_the_json_ld_date()
    {
        var p = Write("page.html", """
            <html><head><title>Clash reported near test town | Example News</title>
            <meta name="author" content="A. Writer">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Clash reported near test town","datePublished":"2025-06-04T08:00:00Z","author":{"@type":"Person","name":"A. Writer"}}</script>
            </head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><h1>Clash reported near test town</h1>
            <p>Fighting broke out near a test town early on Tuesday between two invented groups, according to a made-up official who spoke to this example page.</p>
            <p>The official said the situation had calmed by the afternoon, and that roads in the area were open again for traffic and for trade.</p>
            <p>No figures for casualties were available, the official added, in a sentence written only for this test of the reader.</p>
            </article><footer>Copyright Example</footer></body></html>
            """);
        var item = Assert.Single(ReadAll(p));
        var a = item.Article!;
        Assert.Equal(new DateOnly(2025, 6, 4), a.Published);
        Assert.Contains("Clash reported near test town", a.Title);
        Assert.Equal("A. Writer", item.Author);
        Assert.Contains("Fighting broke out", a.Text);
        Assert.Contains("\n\nThe official said", a.Text);
        Assert.DoesNotContain("Copyright", a.Text);
    }

    [Fact]
    public void Html_meta_tag_date_is_used_when_there_is_no_json_ld()
    {
        var p = Write("m.htm", """
            <html><head><title>T</title><meta property="article:published_time" content="2024-12-30T23:00:00+01:00"></head>
            <body><article><p>One paragraph that is long enough to count as the body of an article for the readability algorithm to keep it.</p>
            <p>Another paragraph follows here with more invented words so that the page reads like prose and not like a menu.</p></article></body></html>
            """);
        Assert.Equal(new DateOnly(2024, 12, 30), Assert.Single(ReadAll(p)).Article!.Published);
    }

    [Fact]
    public void Rss_items_become_articles_with_their_links_dates_and_the_feed_as_source()
    {
        var p = Write("feed.rss", """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Example Feed</title><link>https://example.org</link><description>d</description>
            <item><title>First item</title><link>https://example.org/1</link><pubDate>Tue, 03 Jun 2025 10:00:00 GMT</pubDate>
              <description>&lt;p&gt;First item text.&lt;/p&gt;&lt;p&gt;Second paragraph.&lt;/p&gt;</description></item>
            <item><title>Second item</title><link>https://example.org/2</link><pubDate>Wed, 04 Jun 2025 10:00:00 GMT</pubDate>
              <description>Second item text.</description></item>
            </channel></rss>
            """);
        var items = ReadAll(p);
        Assert.Equal(2, items.Count);
        Assert.Equal("https://example.org/1", items[0].Origin);
        Assert.Equal("First item text.\n\nSecond paragraph.", items[0].Article!.Text);
        Assert.Equal("Example Feed", items[0].Article!.Source);
        Assert.Equal(new DateOnly(2025, 6, 4), items[1].Article!.Published);
    }

    [Fact]
    public void Atom_entries_become_articles()
    {
        var p = Write("feed.atom", """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Example</title><id>urn:x</id><updated>2025-06-05T00:00:00Z</updated>
            <entry><title>Entry</title><id>urn:x:1</id><link href="https://example.org/e1"/><updated>2025-06-05T09:00:00Z</updated><published>2025-06-05T09:00:00Z</published>
            <content type="html">&lt;p&gt;Entry text.&lt;/p&gt;</content></entry></feed>
            """);
        var item = Assert.Single(ReadAll(p));
        Assert.Equal("Entry text.", item.Article!.Text);
        Assert.Equal(new DateOnly(2025, 6, 5), item.Article.Published);
    }

    [Fact]
    public void A_broken_feed_is_one_clear_skip()
    {
        var p = Write("broken.xml", "<rss><channel><item>");
        var item = Assert.Single(ReadAll(p));
        Assert.Null(item.Article);
        Assert.Contains("not an RSS or Atom feed", item.Skipped);
    }

    [Fact]
    public void Json_lines_read_every_field_and_skip_bad_lines_with_their_number()
    {
        var p = Write("a.jsonl", """
            {"text": "First.", "url": "https://example.org/1", "title": "One", "published": "2025-06-01", "source": "Wire"}

            {"text": "Second."}
            {"url": "no text"}
            {"text": "Bad date", "published": "yesterday"}
            [1, 2]
            {broken
            """);
        var items = ReadAll(p);
        Assert.Equal(6, items.Count);
        var first = items[0].Article!;
        Assert.Equal(("First.", "https://example.org/1", "One", "Wire"), (first.Text, first.Url!, first.Title!, first.Source!));
        Assert.Equal(new DateOnly(2025, 6, 1), first.Published);
        Assert.Equal("Second.", items[1].Article!.Text);
        Assert.Equal([p + ":4", p + ":5", p + ":6", p + ":7"], items.Skip(2).Select(i => i.Origin));
        Assert.All(items.Skip(2), i => Assert.NotNull(i.Skipped));
    }

    [Fact]
    public void Folders_are_read_recursively_in_order_and_odd_files_are_reported()
    {
        Write("b/deep/x.txt", "Deep text.");
        Write("a.txt", "Top text.");
        Write("a.meta.json", "{}");
        Write("notes.pdf", "x");
        Write(".hidden.txt", "hidden");
        var items = ReadAll(_dir, Path.Combine(_dir, "nope"));
        Assert.Equal(["Top text.", "Deep text."], items.Where(i => i.Article is not null).Select(i => i.Article!.Text));
        Assert.Contains(items, i => i.Origin.EndsWith("notes.pdf") && i.Skipped!.Contains("not a format"));
        Assert.Contains(items, i => i.Origin.EndsWith("nope") && i.Skipped!.Contains("no such"));
        Assert.Equal(4, items.Count);
    }

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
