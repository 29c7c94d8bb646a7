using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Ekko.BrowserTests.Features.Journeys;

/// <summary>The journey map on the demo data: stages left to right, friction where the planted checkout bug is, flows from events.</summary>
[Collection(DemoAppTests.Name)]
public sealed class JourneyMapTests(DemoBrowserApp app)
{
    [Fact]
    public async Task The_checkout_bug_stands_out_on_the_map_and_leads_to_its_answers()
    {
        var page = await app.SignedInPageAsync();
        // The release with the checkout bug: 10-19 June 2026, compared with the ten days before.
        await page.GotoAsync($"{app.BaseUrl}/w/nordvik/journeys?from=2026-06-10&to=2026-06-19");
        await BrowserApp.WaitForInteractiveAsync(page);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Journey map");
        var stages = page.Locator(".ekko-stage > h2");
        await Assertions.Expect(stages).ToHaveCountAsync(5);
        var checkout = page.Locator("[data-touchpoint=checkout]");
        await Assertions.Expect(checkout).ToHaveClassAsync(new Regex("ekko-friction"));
        await Assertions.Expect(checkout.Locator(".ekko-friction-note")).ToContainTextAsync("Friction");
        Assert.True(await page.Locator(".ekko-friction").CountAsync() < await page.Locator(".ekko-tp").CountAsync(), "friction marks only some touchpoints");

        // Flows come from the customers' events, with the waiting time between touchpoints.
        var flows = page.Locator(".ekko-data table tbody tr");
        await Assertions.Expect(flows.First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".ekko-data table")).ToContainTextAsync(new Regex(@"\d+(\.\d)? (h|days)"));
        await BrowserApp.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "journey-map");

        await checkout.Locator(".ekko-tp-score a").ClickAsync();
        await page.WaitForURLAsync(new Regex("/w/nordvik/responses\\?.*touchpoint=checkout"));
        await Assertions.Expect(page.Locator(".ekko-response").First).ToBeVisibleAsync();
    }
}
