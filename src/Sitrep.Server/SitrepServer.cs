using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sitrep.Pipeline;

namespace Sitrep.Server;

/// <summary>What <c>sitrep serve</c> is given.</summary>
public sealed record ServerOptions
{
    /// <summary>The store, as <c>--db</c> names it (null: the default store).</summary>
    public string? Db { get; init; }
    /// <summary>Where to listen; loopback unless told otherwise.</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5080";
    /// <summary>The coder for <c>POST /api/code</c> and <c>/api/articles</c>; built on first use when not given.</summary>
    public Coder? Coder { get; init; }
}

/// <summary>The HTTP API and the dashboard, in one process over one store.</summary>
public static class SitrepServer
{
    public static WebApplication Build(ServerOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(options.Urls);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        // A failed start (port in use) is reported by `sitrep serve` in one line; the host would add a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.None);
        builder.Services.ConfigureHttpJsonOptions(j =>
        {
            j.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            j.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Sitrep API";
            doc.Info.Description = "Events coded from news reports in ACLED's conventions, with the evidence behind every field.";
            return Task.CompletedTask;
        }));
        var pool = new StorePool(options.Db);
        builder.Services.AddSingleton(pool);
        var coder = options.Coder is { } given ? new Lazy<Coder>(given) : new Lazy<Coder>(() => new CoderBuilder().Build());
        builder.Services.AddSingleton(coder);

        var app = builder.Build();
        app.Lifetime.ApplicationStopped.Register(pool.Dispose);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(async (ctx, next) =>
        {
            // The page only ever loads its own files; article text is data, never markup.
            var h = ctx.Response.Headers;
            h.XContentTypeOptions = "nosniff";
            h.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
            h["Referrer-Policy"] = "no-referrer";
            await next();
        });
        app.MapOpenApi("/openapi/{documentName}.json");
        EventsApi.Map(app);
        ArticlesApi.Map(app);
        WebAssets.Map(app);
        return app;
    }

    /// <summary>The address the started server listens on (the real port where 0 was asked for).</summary>
    public static string Address(WebApplication app) =>
        app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    internal static IResult BadRequest(string detail) =>
        Results.Problem(title: "The request is not valid.", detail: detail, statusCode: StatusCodes.Status400BadRequest);

    internal static IResult NotFound(string detail) =>
        Results.Problem(title: "Not found.", detail: detail, statusCode: StatusCodes.Status404NotFound);

    /// <summary>Reads a JSON body, or says in one line why it cannot.</summary>
    internal static async Task<(T? Value, IResult? Problem)> ReadJson<T>(HttpRequest request) where T : class
    {
        if (!request.HasJsonContentType()) return (null, BadRequest("send the body as JSON (Content-Type: application/json)."));
        try
        {
            var opts = request.HttpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
            var v = await JsonSerializer.DeserializeAsync<T>(request.Body, opts, request.HttpContext.RequestAborted);
            return v is null ? (null, BadRequest("the body is empty.")) : (v, null);
        }
        catch (JsonException e) { return (null, BadRequest($"the body is not valid JSON ({e.Message.Split('.')[0]}).")); }
    }
}
