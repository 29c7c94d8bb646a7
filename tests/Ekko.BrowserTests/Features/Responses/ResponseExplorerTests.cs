using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Playwright;

namespace Ekko.BrowserTests.Features.Responses;

/// <summary>The response explorer on the demo data: slice, read, open a customer's story, take the selection to a spreadsheet.</summary>
[Collection(DemoAppTests.Name)]
public sealed class ResponseExplorerTests(DemoBrowserApp app)
{
    private const string Detractors = "from=2026-04-01&to=2026-04-30&metric=nps&band=detractors";

    [Fact]
    public async Task An_analyst_slices_detractors_by_theme_searches_and_reads_a_customers_timeline()
    {
        var page = await app.SignedInPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/w/nordvik/responses?{Detractors}");
        await BrowserApp.WaitForInteractiveAsync(page);

        var responses = page.Locator(".ekko-response");
        await Assertions.Expect(responses.First).ToBeVisibleAsync();
        foreach (var badge in await page.Locator(".ekko-response .ekko-score").AllTextContentsAsync())
        {
            Assert.Matches(@"^NPS [0-6] · detractors$", badge);
        }

        await page.GetByLabel("Theme").SelectOptionAsync(new SelectOptionValue { Label = "Delivery" });
        await page.WaitForURLAsync(new Regex("theme=delivery"));
        await Assertions.Expect(responses.First.Locator(".ekko-theme", new() { HasText = "Delivery" })).ToBeVisibleAsync();
        foreach (var response in await responses.AllAsync())
        {
            await Assertions.Expect(response.Locator(".ekko-theme", new() { HasText = "Delivery" })).ToHaveCountAsync(1);
        }

        // Sentiment phrases are marked in the comment, so the reader sees why it counts as negative.
        await Assertions.Expect(page.Locator(".ekko-comment mark.ekko-neg").First).ToBeVisibleAsync();
        await BrowserApp.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "responses");

        await page.GetByLabel("Search comments").FillAsync("lever");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new Regex("q=lever"));
        // Wait for the new results (the old first one may match too), then every comment shown holds the word.
        await Assertions.Expect(page.Locator(".ekko-response .ekko-comment").Filter(new() { HasNotTextRegex = new Regex("[Ll]ever") })).ToHaveCountAsync(0);
        await Assertions.Expect(responses.First).ToBeVisibleAsync();

        await responses.First.GetByRole(AriaRole.Button, new() { Name = "Details" }).ClickAsync();
        await Assertions.Expect(responses.First.Locator(".ekko-timeline li").First).ToBeVisibleAsync();
        await Assertions.Expect(responses.First.Locator(".ekko-tl-response")).Not.ToHaveCountAsync(0);
        await BrowserApp.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "response-detail");
    }

    [Fact]
    public async Task The_selection_on_screen_is_what_the_CSV_and_Excel_exports_hold()
    {
        var page = await app.SignedInPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/w/nordvik/responses?{Detractors}&theme=delivery");
        await BrowserApp.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync(new Regex(@"^\d+ responses match\.$"));
        var shown = await page.Locator(".ekko-response").CountAsync();
        var ids = (await page.Locator(".ekko-response").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.response)")).Order().ToList();

        var csv = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Export CSV" }).ClickAsync());
        var bytes = await File.ReadAllBytesAsync(await csv.PathAsync());
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]); // so Excel reads it as UTF-8
        var lines = System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n").Where(l => l.Length > 0).ToList();
        Assert.StartsWith("id,submitted_at,survey,touchpoint", lines[0], StringComparison.Ordinal);
        Assert.Equal(shown, lines.Count - 1);
        Assert.Equal(ids, lines.Skip(1).Select(l => l.Split(',')[0]).Order().ToList());
        Assert.EndsWith(".csv", csv.SuggestedFilename, StringComparison.Ordinal);

        var xlsx = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Export Excel" }).ClickAsync());
        using var workbook = SpreadsheetDocument.Open(await xlsx.PathAsync(), isEditable: false);
        var rows = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
        Assert.Equal(shown + 1, rows.Count);
        Assert.Equal("id", rows[0].Elements<Cell>().First().InnerText);
        Assert.Equal(ids, rows.Skip(1).Select(r => r.Elements<Cell>().First().InnerText).Order().ToList());
    }

    [Fact]
    public async Task Another_workspace_export_address_gives_nothing()
    {
        var page = await app.SignedInPageAsync();
        var response = await page.APIRequest.GetAsync($"{app.BaseUrl}/w/not-mine/responses/export.csv?from=2026-01-01&to=2026-10-31");
        Assert.Equal(404, response.Status);
    }
}
