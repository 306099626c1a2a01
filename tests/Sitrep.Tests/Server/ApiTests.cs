using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Sitrep.Store;

namespace Sitrep.Tests.Server;

/// <summary>The HTTP API over the examples, through a real server on loopback.</summary>
[Collection("server")]
public sealed class ApiTests(ServerFixture server)
{
    private HttpClient Http => server.Http;

    private async Task<JsonElement> Get(string url)
    {
        var r = await Http.GetAsync(url);
        Assert.True(r.IsSuccessStatusCode, $"{url}: {(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
        return JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;
    }

    private async Task<JsonElement> Problem(HttpResponseMessage r, HttpStatusCode expected)
    {
        Assert.Equal(expected, r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task Events_are_filtered_and_paged_like_sitrep_events()
    {
        var all = await Get("api/events?limit=1000");
        long total = all.GetProperty("total").GetInt64();
        Assert.True(total >= 10, $"only {total} events from examples/");
        var nigeria = await Get("api/events?country=nigeria");
        Assert.All(nigeria.GetProperty("events").EnumerateArray(), e => Assert.Equal("Nigeria", e.GetProperty("country").GetString()));
        Assert.True(nigeria.GetProperty("total").GetInt64() is > 0 and < 1000);
        var p1 = await Get("api/events?limit=3");
        var p2 = await Get("api/events?limit=3&offset=3");
        var ids = p1.GetProperty("events").EnumerateArray().Concat(p2.GetProperty("events").EnumerateArray()).Select(e => e.GetProperty("id").GetInt64());
        Assert.Equal(all.GetProperty("events").EnumerateArray().Take(6).Select(e => e.GetProperty("id").GetInt64()), ids);
        Assert.Equal(total, p1.GetProperty("total").GetInt64());
        var geo = await Get("api/events?format=geojson&type=Battles");
        Assert.Equal("FeatureCollection", geo.GetProperty("type").GetString());
        Assert.All(geo.GetProperty("features").EnumerateArray(), f => Assert.Equal("Battles", f.GetProperty("properties").GetProperty("event_type").GetString()));
    }

    [Theory]
    [InlineData("api/events?since=yesterday", "since must be a date")]
    [InlineData("api/events?near=1,2", "near must be LAT,LON,KM")]
    [InlineData("api/events?limit=0", "limit must be")]
    [InlineData("api/events?format=xml", "format must be")]
    [InlineData("api/events/abc", "whole number")]
    public async Task Bad_queries_get_problem_details(string url, string says)
    {
        var p = await Problem(await Http.GetAsync(url), HttpStatusCode.BadRequest);
        Assert.Contains(says, p.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_event_comes_with_reports_evidence_and_the_article_text_the_offsets_point_into()
    {
        var id = (await Get("api/events?country=Sudan")).GetProperty("events")[0].GetProperty("id").GetInt64();
        var d = await Get($"api/events/{id}");
        var report = d.GetProperty("reports")[0];
        var article = await Get($"api/articles/{report.GetProperty("article").GetString()}");
        var text = article.GetProperty("text").GetString()!;
        int checkedSpans = 0;
        foreach (var field in report.GetProperty("record").GetProperty("evidence").EnumerateObject())
            foreach (var span in field.Value.EnumerateArray())
            {
                int start = span.GetProperty("start").GetInt32(), end = span.GetProperty("end").GetInt32();
                Assert.Equal(span.GetProperty("text").GetString(), text[start..end]);
                checkedSpans++;
            }
        Assert.True(checkedSpans > 0);
        await Problem(await Http.GetAsync("api/events/999999"), HttpStatusCode.NotFound);
        await Problem(await Http.GetAsync("api/articles/ffffffffffffffff"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Code_returns_events_and_stores_nothing_while_ingest_stores_once()
    {
        const string text = "Unknown gunmen killed four farmers in Kajuru, Kaduna State, Nigeria, on Monday, police said on Tuesday.";
        var before = (await Get("api/events?limit=1")).GetProperty("total").GetInt64();
        var coded = await Http.PostAsJsonAsync("api/code", new { text, published = "2025-04-08" });
        var events = JsonDocument.Parse(await coded.Content.ReadAsStringAsync()).RootElement.GetProperty("events");
        Assert.True(events.GetArrayLength() >= 1);
        Assert.Equal(before, (await Get("api/events?limit=1")).GetProperty("total").GetInt64());

        var first = await Http.PostAsJsonAsync("api/articles", new { text = text + " Extra.", published = "2025-04-08" });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var again = await Http.PostAsJsonAsync("api/articles", new { text = text + " Extra.", published = "2025-04-08" });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.True(JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement.GetProperty("duplicate").GetBoolean());

        var p = await Problem(await Http.PostAsJsonAsync("api/code", new { text = "  " }), HttpStatusCode.BadRequest);
        Assert.Contains("text is required", p.GetProperty("detail").GetString());
        p = await Problem(await Http.PostAsync("api/code", new StringContent("{not json", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);
        Assert.Contains("not valid JSON", p.GetProperty("detail").GetString());
        p = await Problem(await Http.PostAsJsonAsync("api/code", new { text, published = "April" }), HttpStatusCode.BadRequest);
        Assert.Contains("published must be", p.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_correction_shows_in_the_csv_export_and_a_rejection_leaves_the_event_out()
    {
        var list = (await Get("api/events?country=Ukraine")).GetProperty("events");
        var id = list[0].GetProperty("id").GetInt64();
        var r = await Http.PostAsJsonAsync($"api/events/{id}/review", new { action = "correct", field = "fatalities", value = "4321", who = "test" });
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var csv = await Http.GetStringAsync("api/events?format=csv&country=Ukraine");
        Assert.Contains(",4321,", csv);
        var trail = (await Get($"api/events/{id}")).GetProperty("corrections");
        Assert.Equal("4321", trail[0].GetProperty("after").GetString());

        var p = await Problem(await Http.PostAsJsonAsync($"api/events/{id}/review", new { action = "correct", field = "fatalities", value = "-1", who = "test" }), HttpStatusCode.BadRequest);
        Assert.Contains("fatalities must be", p.GetProperty("detail").GetString());
        await Problem(await Http.PostAsJsonAsync($"api/events/{id}/review", new { action = "confirm" }), HttpStatusCode.BadRequest);

        var other = list[list.GetArrayLength() - 1].GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.OK, (await Http.PostAsJsonAsync($"api/events/{other}/review", new { action = "reject", who = "test" })).StatusCode);
        var after = (await Get("api/events?country=Ukraine")).GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetInt64());
        Assert.DoesNotContain(other, after);
        Assert.Contains(other, (await Get("api/events?country=Ukraine&include_rejected=true")).GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetInt64()));
    }

    [Fact]
    public async Task The_dashboard_its_libraries_and_the_openapi_document_are_served_from_the_process()
    {
        var page = await Http.GetAsync("");
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("default-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single());
        var html = await page.Content.ReadAsStringAsync();
        Assert.DoesNotContain("https://", html);
        foreach (var asset in new[] { "app.js", "vendor/leaflet/leaflet.js", "vendor/leaflet/LICENSE", "vendor/uplot/uPlot.iife.min.js", "vendor/uplot/LICENSE",
                     "vendor/topojson-client/topojson-client.min.js", "vendor/world-atlas/countries-110m.json", "vendor/world-atlas/LICENSE", "docs" })
            Assert.Equal(HttpStatusCode.OK, (await Http.GetAsync(asset)).StatusCode);
        var api = await Get("openapi/v1.json");
        foreach (var path in new[] { "/api/events", "/api/events/{id}", "/api/events/{id}/review", "/api/articles/{ref}", "/api/articles", "/api/code" })
            Assert.True(api.GetProperty("paths").TryGetProperty(path, out _), path);
        await Problem(await Http.GetAsync("no-such-page"), HttpStatusCode.NotFound);
    }
}
