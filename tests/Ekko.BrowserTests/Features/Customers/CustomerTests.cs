using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Ekko.BrowserTests.Features.Customers;

/// <summary>Customer 360 on the demo data: find a customer, see the profile and one timeline across channels.</summary>
[Collection(DemoAppTests.Name)]
public sealed class CustomerTests(DemoBrowserApp app)
{
    [Fact]
    public async Task An_agent_finds_a_customer_by_id_and_reads_their_whole_story()
    {
        var page = await app.SignedInPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/w/nordvik/customers");
        await BrowserApp.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.Locator("table tbody tr")).ToHaveCountAsync(50);
        await BrowserApp.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "customers");

        await page.GetByLabel("Customer id or e-mail").FillAsync("c-00042");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/w/nordvik/customers/c-00042$"));

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Profile" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".ekko-dl").First).ToContainTextAsync("c-00042");
        var timeline = page.Locator(".ekko-timeline li");
        await Assertions.Expect(timeline.First).ToBeVisibleAsync();
        // One timeline across kinds: the demo customer has events and at least one survey answer or invitation.
        await Assertions.Expect(page.Locator(".ekko-tl-interaction").First).ToBeVisibleAsync();
        var times = await page.Locator(".ekko-timeline time").EvaluateAllAsync<string[]>("t => t.map(x => x.getAttribute('datetime'))");
        Assert.Equal(times.OrderByDescending(t => DateTimeOffset.Parse(t, System.Globalization.CultureInfo.InvariantCulture)), times);
        await BrowserApp.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "customer-360");

        await page.GotoAsync($"{app.BaseUrl}/w/nordvik/customers/no-such-customer");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Customer not found");
    }
}
