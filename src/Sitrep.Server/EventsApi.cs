using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Sitrep.Output;
using Sitrep.Store;

namespace Sitrep.Server;

/// <summary><c>/api/events</c>: the list (the filters of <c>sitrep events</c>, paged), one event, and its review.</summary>
internal static class EventsApi
{
    /// <summary>A page holds this many events unless asked otherwise, and never more than <see cref="MaxLimit"/>.</summary>
    public const int DefaultLimit = 100, MaxLimit = 10_000;

    public static void Map(WebApplication app)
    {
        app.MapGet("/api/events", List)
            .WithSummary("List stored events, filtered and paged.")
            .WithDescription("format: json (a page of summaries, default), geojson (RFC 7946 points) or csv (ACLED's columns, as `sitrep export`; every matching event unless limit is given). Corrections are applied and rejected events left out unless include_rejected=true.")
            .Produces<EventPage>(200, "application/json", "application/geo+json", "text/csv").ProducesProblem(400);
        app.MapGet("/api/events/{id}", One)
            .WithSummary("One event with its claims, evidence spans, reports and audit trail.")
            .Produces<EventDetail>().ProducesProblem(400).ProducesProblem(404);
        app.MapPost("/api/events/{id}/review", Review)
            .WithSummary("Confirm, correct one field of, or reject an event; stored in the audit trail.")
            .Accepts<ReviewRequest>("application/json").Produces<ReviewResponse>().ProducesProblem(400).ProducesProblem(404);
        app.MapGet("/api/facets", Facets)
            .WithSummary("The countries and event types stored (with counts), the date range, and the correctable fields.")
            .Produces<FacetsView>();
    }

    private static async Task<IResult> List(StorePool pool, HttpContext http,
        [FromQuery] string? country, [FromQuery] string? since, [FromQuery] string? until, [FromQuery] string? type,
        [FromQuery] string? actor, [FromQuery] string? near, [FromQuery] string? limit, [FromQuery] string? offset,
        [FromQuery] string? format, [FromQuery(Name = "include_rejected")] string? includeRejected)
    {
        var (filter, error) = EventFilters.Parse(country, since, until, type, near, actor, prefix: "");
        if (filter is null) return SitrepServer.BadRequest(error!);
        format = string.IsNullOrWhiteSpace(format) ? "json" : format.Trim().ToLowerInvariant();
        if (format is not ("json" or "geojson" or "csv")) return SitrepServer.BadRequest($"format must be json, geojson or csv, got '{format}'.");
        int? lim = format == "csv" ? null : DefaultLimit;
        if (!string.IsNullOrWhiteSpace(limit))
        {
            if (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out var l) || l < 1 || l > MaxLimit)
                return SitrepServer.BadRequest($"limit must be a whole number from 1 to {MaxLimit}, got '{limit}'.");
            lim = l;
        }
        int off = 0;
        if (!string.IsNullOrWhiteSpace(offset) && (!int.TryParse(offset, NumberStyles.None, CultureInfo.InvariantCulture, out off) || off < 0))
            return SitrepServer.BadRequest($"offset must be a whole number of at least 0, got '{offset}'.");
        bool withRejected = false;
        if (!string.IsNullOrWhiteSpace(includeRejected) && !bool.TryParse(includeRejected, out withRejected))
            return SitrepServer.BadRequest($"include_rejected must be true or false, got '{includeRejected}'.");
        filter = filter with { Limit = lim, Offset = off, IncludeRejected = withRejected };

        using var lease = await pool.RentAsync(http.RequestAborted);
        var events = lease.Store.Events(filter);
        switch (format)
        {
            case "csv":
                var w = new StringWriter();
                EventWriters.WriteCsv(events.Select(ForExport).ToList(), w);
                return Results.Text(w.ToString(), "text/csv; charset=utf-8", Encoding.UTF8);
            case "geojson":
                return Results.Bytes(GeoJson(events), "application/geo+json");
            default:
                // The total costs a second query; a full page is the only case where it is not known already.
                var store = lease.Store;
                long total = events.Count < (lim ?? int.MaxValue) && (events.Count > 0 || off == 0) ? off + events.Count : pool.Totals.Get(filter, store.CountEvents);
                return Results.Ok(new EventPage(total, off, lim ?? events.Count, events.Select(EventSummary.Of).ToList()));
        }
    }

    /// <summary>As <c>sitrep export</c> writes it: an event with no ACLED id gets SITREP and its store id.</summary>
    internal static EventRecord ForExport(StoredEvent s) =>
        s.Record.EventIdCnty.Length > 0 ? s.Record : s.Record with { EventIdCnty = $"SITREP{s.Id}" };

    private static byte[] GeoJson(IReadOnlyList<StoredEvent> events)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("type", "FeatureCollection");
            w.WriteStartArray("features");
            foreach (var s in events)
            {
                var e = s.Record;
                if (e.Latitude is not { } lat || e.Longitude is not { } lon) continue;
                Output.EventWriters.WritePointFeatureStart(w, lat, lon, s.Id);
                w.WritePropertyName("properties");
                JsonSerializer.Serialize(w, EventSummary.Of(s), Json);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return ms.ToArray();
    }

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static async Task<IResult> One(StorePool pool, string id, HttpContext http)
    {
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return SitrepServer.BadRequest($"an event id is a whole number, got '{id}'.");
        using var lease = await pool.RentAsync(http.RequestAborted);
        return Detail(lease.Store, n) is { } d ? Results.Ok(d) : SitrepServer.NotFound($"no event {n}.");
    }

    internal static EventDetail? Detail(IEventStore store, long id)
    {
        var ev = store.Event(id);
        if (ev is null) return null;
        return new EventDetail(ev.Id, ev.Review, ev.Record,
            ev.Reports.Select(r => new ReportView(r.Id, r.ArticleRef, r.Origin, r.Title, r.Source, r.Published?.ToString("yyyy-MM-dd"), r.MatchReason, r.Record)).ToList(),
            store.Corrections(id));
    }

    private static async Task<IResult> Review(StorePool pool, string id, HttpRequest request)
    {
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return SitrepServer.BadRequest($"an event id is a whole number, got '{id}'.");
        var (body, problem) = await SitrepServer.ReadJson<ReviewRequest>(request);
        if (body is null) return problem!;
        if (string.IsNullOrWhiteSpace(body.Action)) return SitrepServer.BadRequest("action is required: confirm, correct or reject.");
        if (string.IsNullOrWhiteSpace(body.Who)) return SitrepServer.BadRequest("who is required: the analyst's name goes into the audit trail.");
        await pool.WriteLock.WaitAsync(request.HttpContext.RequestAborted);
        try
        {
            using var lease = pool.Rent();
            if (lease.Store.Event(n) is null) return SitrepServer.NotFound($"no event {n}.");
            Correction c;
            try { c = lease.Store.Review(n, new ReviewInput(body.Action, body.Who, body.Field, body.Value)); }
            catch (StoreException e) { return SitrepServer.BadRequest(e.Message); }
            finally { pool.Totals.Clear(); }
            return Results.Ok(new ReviewResponse(c, Detail(lease.Store, n)!));
        }
        finally { pool.WriteLock.Release(); }
    }

    private static IResult Facets(StorePool pool)
    {
        using var lease = pool.Rent();
        var f = lease.Store.Facets();
        return Results.Ok(new FacetsView(f.Countries.Select(x => new Facet(x.Value, x.Count)).ToList(),
            f.Types.Select(x => new Facet(x.Value, x.Count)).ToList(), f.FirstDate, f.LastDate, RecordFields.Names));
    }
}
