using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;

namespace Sitrep.Server;

/// <summary>
/// The dashboard's files, embedded in this assembly (ours from wwwroot/, the npm libraries from
/// wwwroot/vendor/ with their licences), so the page works with no internet and nothing beside sitrep.
/// </summary>
internal static class WebAssets
{
    private static readonly Assembly Self = typeof(WebAssets).Assembly;
    private static readonly HashSet<string> Names = [.. Self.GetManifestResourceNames()];
    private static readonly FileExtensionContentTypeProvider Types = new();

    public static void Map(WebApplication app)
    {
        app.MapGet("/", (HttpContext ctx) => Serve(ctx, "index.html")).ExcludeFromDescription();
        app.MapGet("/docs", (HttpContext ctx) => Serve(ctx, "docs.html")).ExcludeFromDescription();
        app.MapGet("/{**path}", (HttpContext ctx, string path) => Serve(ctx, path)).ExcludeFromDescription();
    }

    private static async Task Serve(HttpContext ctx, string path)
    {
        var name = "wwwroot/" + path;
        if (path.StartsWith("api/", StringComparison.Ordinal) || path.Contains("..", StringComparison.Ordinal) || !Names.Contains(name))
        {
            ctx.Response.StatusCode = StatusCodes.Status404NotFound;
            await Results.Problem(title: "Not found.", detail: $"no page or file '/{path}'.", statusCode: 404).ExecuteAsync(ctx);
            return;
        }
        ctx.Response.ContentType = Types.TryGetContentType(path, out var t) ? (t.StartsWith("text/") || t.EndsWith("javascript") ? t + "; charset=utf-8" : t) : "application/octet-stream";
        if (path.EndsWith(".json", StringComparison.Ordinal)) ctx.Response.ContentType = "application/json";
        ctx.Response.Headers.CacheControl = "no-cache";
        await using var s = Self.GetManifestResourceStream(name)!;
        ctx.Response.ContentLength = s.Length;
        await s.CopyToAsync(ctx.Response.Body, ctx.RequestAborted);
    }
}
