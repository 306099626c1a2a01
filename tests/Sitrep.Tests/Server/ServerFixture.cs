using Microsoft.AspNetCore.Builder;
using Sitrep.Pipeline;
using Sitrep.Server;
using Sitrep.Store;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Server;

/// <summary>
/// A server on a free loopback port over a temporary SQLite store filled by ingesting examples/,
/// started once for the tests that share it and stopped (with its store deleted) after them.
/// </summary>
public sealed class ServerFixture : IAsyncLifetime
{
    public string DbPath { get; } = Path.Combine(Path.GetTempPath(), $"sitrep-server-{Guid.NewGuid():N}.db");
    public Coder Coder { get; } = new CoderBuilder().Build();
    public string BaseUrl { get; private set; } = "";
    public HttpClient Http { get; private set; } = null!;
    private WebApplication? _app;

    public async Task InitializeAsync()
    {
        using (var store = SqliteEventStore.Open(DbPath))
        {
            // Each example with the publication date its gold file gives (as the eval codes them), so events are dated.
            foreach (var txt in Directory.GetFiles(RepoPaths.Examples, "*.txt").Order())
            {
                var text = Ingestor.Normalize(File.ReadAllText(txt));
                var gold = Path.ChangeExtension(txt, null) + ".gold.json";
                DateOnly? published = File.Exists(gold)
                    && System.Text.Json.JsonDocument.Parse(File.ReadAllText(gold)).RootElement.TryGetProperty("published", out var p)
                    && DateOnly.TryParse(p.GetString(), out var d) ? d : null;
                var article = new StoredArticle { Hash = Ingestor.Hash(text), Text = text, Origin = txt, Published = published };
                store.Add([new CodedArticle(article, Coder.Code(new ArticleInput(text, article.Ref, published)).Events)]);
            }
            new Ingestor(Coder, store) { Workers = 2 }.Run([Path.Combine(RepoPaths.Examples, "reports")]);
        }
        _app = SitrepServer.Build(new ServerOptions { Db = DbPath, Urls = "http://127.0.0.1:0", Coder = Coder });
        await _app.StartAsync();
        BaseUrl = SitrepServer.Address(_app).TrimEnd('/');
        Http = new HttpClient { BaseAddress = new Uri(BaseUrl + "/") };
    }

    public async Task DisposeAsync()
    {
        Http?.Dispose();
        if (_app is not null) { await _app.StopAsync(); await _app.DisposeAsync(); }
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            try { File.Delete(DbPath + suffix); } catch (IOException) { }
    }
}

/// <summary>The server tests share one server (ingesting examples/ once).</summary>
[CollectionDefinition("server")]
public sealed class ServerCollection : ICollectionFixture<ServerFixture>;
