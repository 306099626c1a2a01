using System.Net;
using System.Net.Sockets;
using System.Text;
using Sitrep.Read;

namespace Sitrep.Tests.Read;

/// <summary>Feeds and pages fetched from a small HTTP server on loopback, started by the test.</summary>
public sealed class FeedOverHttpTests : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _base;

    public FeedOverHttpTests()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        int port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        _base = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(_base);
        _listener.Start();
        _ = Task.Run(Serve);
    }

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext ctx;
            try { ctx = await _listener.GetContextAsync(); }
            catch (Exception) { return; }
            _ = Task.Run(async () =>
            {
                var path = ctx.Request.Url!.AbsolutePath;
                string? body = path switch
                {
                    "/feed.xml" => $"""
                        <?xml version="1.0"?><rss version="2.0"><channel><title>Loopback News</title>
                        <item><title>Item with a page</title><link>{_base}story</link><pubDate>Mon, 02 Jun 2025 06:00:00 GMT</pubDate><description>Short teaser.</description></item>
                        <item><title>Item whose page is gone</title><link>{_base}gone</link><pubDate>Mon, 02 Jun 2025 07:00:00 GMT</pubDate><description>Teaser text only.</description></item>
                        </channel></rss>
                        """,
                    "/story" => """
                        <html><head><title>Full story</title></head><body><article>
                        <p>The full text of the invented story is on its own page, longer than the teaser in the feed, as pages usually are.</p>
                        <p>A second paragraph of the invented story follows, so that the reader keeps the article body and drops nothing.</p>
                        </article></body></html>
                        """,
                    _ => null,
                };
                if (path == "/slow") { await Task.Delay(3000); body = "<rss/>"; }
                ctx.Response.StatusCode = body is null ? 404 : 200;
                if (body is not null)
                {
                    var bytes = Encoding.UTF8.GetBytes(body);
                    try { await ctx.Response.OutputStream.WriteAsync(bytes); } catch (Exception) { }
                }
                try { ctx.Response.Close(); } catch (Exception) { }
            });
        }
    }

    private List<SourceItem> Read(string url, TimeSpan? timeout = null)
    {
        var source = new ArticleSource(new SourceOptions { Timeout = timeout ?? TimeSpan.FromSeconds(10) });
        return source.Units([url]).SelectMany(source.Read).ToList();
    }

    [Fact]
    public void Feed_items_are_read_from_their_linked_pages_or_else_from_the_feed()
    {
        var items = Read(_base + "feed.xml");
        Assert.Equal(2, items.Count);
        Assert.StartsWith("The full text of the invented story", items[0].Article!.Text);
        Assert.Equal("Item with a page", items[0].Article!.Title);
        Assert.Equal(new DateOnly(2025, 6, 2), items[0].Article!.Published);
        Assert.Equal("Loopback News", items[0].Article!.Source);
        Assert.Equal("Teaser text only.", items[1].Article!.Text);
    }

    [Fact]
    public void A_missing_feed_and_a_slow_feed_are_one_line_skips()
    {
        var missing = Assert.Single(Read(_base + "nothing.xml"));
        Assert.Equal("HTTP 404 Not Found", missing.Skipped);
        var slow = Assert.Single(Read(_base + "slow", TimeSpan.FromSeconds(1)));
        Assert.Equal("timed out after 1 s", slow.Skipped);
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
    }
}
