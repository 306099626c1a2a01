using Microsoft.Playwright;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Server;

/// <summary>The dashboard in headless chromium, as an analyst uses it: filter, open, read the evidence, correct, export.</summary>
[Collection("server")]
public sealed class DashboardBrowserTests(ServerFixture server)
{
    [ChromiumFact]
    public async Task An_analyst_filters_opens_an_event_sees_its_evidence_corrects_it_and_the_export_shows_it()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumFactAttribute.Path,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 } });
        // Offline: any request that leaves the server fails the test.
        var outside = new List<string>();
        await context.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith(server.BaseUrl, StringComparison.Ordinal)) await route.ContinueAsync();
            else { outside.Add(route.Request.Url); await route.AbortAsync(); }
        });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync(server.BaseUrl + "/");
        await page.WaitForSelectorAsync("#events tbody tr");
        await page.WaitForSelectorAsync("path.event-marker");

        // Filter to one country: the table (and map) hold only its events.
        await page.SelectOptionAsync("#f-country", "Sudan");
        await page.WaitForFunctionAsync("""
            () => { const rows = [...document.querySelectorAll('#events tbody tr')];
                    return rows.length > 0 && rows.every(r => r.children[6].textContent === 'Sudan'); }
            """);
        int markers = await page.Locator("path.event-marker").CountAsync();
        int rows = await page.Locator("#events tbody tr").CountAsync();
        Assert.True(markers <= rows, $"{markers} markers for {rows} rows");

        // Open the first event: its article is shown with the evidence spans marked.
        await page.Locator("#events tbody tr").First.ClickAsync();
        await page.WaitForSelectorAsync("#ev-reports mark");
        var marked = await page.Locator("#ev-reports mark").AllTextContentsAsync();
        Assert.NotEmpty(marked);
        Assert.All(marked, m => Assert.False(string.IsNullOrWhiteSpace(m)));
        var article = await page.Locator("#ev-reports .article").First.TextContentAsync();
        Assert.Contains(marked[0], article);

        // Correct the fatalities; the audit trail and the export show the analyst's figure.
        await page.SelectOptionAsync("#rv-field", "fatalities");
        await page.FillAsync("#rv-value", "987");
        await page.FillAsync("#rv-who", "browser-test");
        await page.ClickAsync("#rv-correct");
        await page.WaitForFunctionAsync("() => document.querySelector('#rv-message').textContent.includes('fatalities corrected')");
        Assert.Contains("browser-test corrected fatalities", await page.Locator("#ev-trail").TextContentAsync());
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#events tbody tr td:nth-child(8)')].some(td => td.textContent === '987')");
        var href = await page.GetAttributeAsync("#export-csv", "href");
        Assert.Contains("country=Sudan", href);
        var export = await page.APIRequest.GetAsync(server.BaseUrl + href);
        var csv = await export.TextAsync();
        Assert.Contains(",987,", csv);
        Assert.DoesNotContain(",Nigeria,", csv);

        // A hand-typed value that looks like markup is shown as text, never parsed.
        const string markup = "<img id=\"injected\" src=x onerror=\"document.title='owned'\">";
        await page.SelectOptionAsync("#rv-field", "location");
        await page.FillAsync("#rv-value", markup);
        await page.ClickAsync("#rv-correct");
        await page.WaitForFunctionAsync("() => document.querySelector('#rv-message').textContent.includes('location corrected')");
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#events tbody tr td:nth-child(6)')].some(td => td.textContent.startsWith('<img'))");
        Assert.Equal(0, await page.Locator("#injected").CountAsync());
        Assert.NotEqual("owned", await page.TitleAsync());
        Assert.Contains(markup, await page.Locator("#ev-fields").TextContentAsync());

        Assert.Empty(errors);
        Assert.Empty(outside);
    }
}
