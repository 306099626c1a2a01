using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Sitrep.Pipeline;
using Sitrep.Store;

namespace Sitrep.Server;

/// <summary><c>/api/articles</c> (read one, ingest one) and <c>/api/code</c> (code one, store nothing).</summary>
internal static class ArticlesApi
{
    /// <summary>Longer texts are refused: a news report is far shorter, and the coder's time grows with length.</summary>
    public const int MaxTextChars = 1_000_000;

    public static void Map(WebApplication app)
    {
        app.MapGet("/api/articles/{ref}", One)
            .WithSummary("A stored article: its text (what evidence offsets point into) and where it came from.")
            .Produces<ArticleView>().ProducesProblem(404);
        app.MapPost("/api/code", Code)
            .WithSummary("Code one article into events; nothing is stored.")
            .Accepts<ArticleRequest>("application/json").Produces<CodeResponse>().ProducesProblem(400);
        app.MapPost("/api/articles", Ingest)
            .WithSummary("Ingest one article: code it and store it with its events (merged with stored ones).")
            .Accepts<ArticleRequest>("application/json").Produces<IngestResponse>(201).Produces<IngestResponse>(200).ProducesProblem(400);
    }

    private static IResult One(StorePool pool, string @ref)
    {
        using var lease = pool.Rent();
        var a = lease.Store.Article(@ref);
        return a is null
            ? SitrepServer.NotFound($"no article '{@ref}' (an article id is the first 16 hex digits of its hash).")
            : Results.Ok(new ArticleView(a.Ref, a.Hash, a.Origin, a.Url, a.Title, a.Source, a.Author, a.Published?.ToString("yyyy-MM-dd"), a.Text));
    }

    private static (ArticleInput? Input, IResult? Problem) Validate(ArticleRequest body)
    {
        var text = Ingestor.Normalize(body.Text ?? "");
        if (text.Length == 0) return (null, SitrepServer.BadRequest("text is required: the article as plain text."));
        if (text.Length > MaxTextChars) return (null, SitrepServer.BadRequest($"text is {text.Length:N0} characters; at most {MaxTextChars:N0} are accepted."));
        DateOnly? published = null;
        if (!string.IsNullOrWhiteSpace(body.Published))
        {
            if (!DateOnly.TryParseExact(body.Published.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                return (null, SitrepServer.BadRequest($"published must be a date as YYYY-MM-DD, got '{body.Published}'."));
            published = d;
        }
        return (new ArticleInput(text, Id: Ingestor.Hash(text)[..16], Published: published, Source: body.Source, Url: body.Url, Title: body.Title), null);
    }

    private static async Task<IResult> Code(HttpRequest request, Lazy<Coder> coder)
    {
        var (body, problem) = await SitrepServer.ReadJson<ArticleRequest>(request);
        if (body is null) return problem!;
        var (input, invalid) = Validate(body);
        if (input is null) return invalid!;
        var result = await Task.Run(() => coder.Value.Code(input), request.HttpContext.RequestAborted);
        return Results.Ok(new CodeResponse(result.Events,
            result.Document.Diagnostics.Select(d => $"{d.Severity.ToString().ToLowerInvariant()} {d.Code}: {d.Message}").ToList()));
    }

    private static async Task<IResult> Ingest(HttpRequest request, Lazy<Coder> coder, StorePool pool)
    {
        var (body, problem) = await SitrepServer.ReadJson<ArticleRequest>(request);
        if (body is null) return problem!;
        var (input, invalid) = Validate(body);
        if (input is null) return invalid!;
        var article = new StoredArticle
        {
            Hash = Ingestor.Hash(input.Text), Text = input.Text, Origin = body.Url ?? "api", Url = body.Url, Title = body.Title,
            Source = body.Source, Published = input.Published,
        };
        using (var look = pool.Rent())
            if (look.Store.HasArticle(article.Hash)) return Results.Ok(new IngestResponse(article.Ref, true, 0, 0));
        var coded = await Task.Run(() => coder.Value.Code(input), request.HttpContext.RequestAborted);
        await pool.WriteLock.WaitAsync(request.HttpContext.RequestAborted);
        try
        {
            using var lease = pool.Rent();
            var outcome = lease.Store.Add([new CodedArticle(article, coded.Events)]);
            var response = new IngestResponse(article.Ref, outcome.ArticlesDuplicate > 0, outcome.EventsNew, outcome.EventsMerged);
            return outcome.ArticlesNew > 0 ? Results.Created($"/api/articles/{article.Ref}", response) : Results.Ok(response);
        }
        catch (StoreException e) { return SitrepServer.BadRequest(e.Message); }
        finally { pool.Totals.Clear(); pool.WriteLock.Release(); }
    }
}
