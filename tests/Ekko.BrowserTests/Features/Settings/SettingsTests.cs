using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Ekko.Core.Features.Workspaces;
using Microsoft.Playwright;

namespace Ekko.BrowserTests.Features.Settings;

/// <summary>The workspace settings on the demo data, as its owner: members and roles, API keys, webhooks, themes, privacy.</summary>
[Collection(DemoAppTests.Name)]
public sealed class SettingsTests(DemoBrowserApp app)
{
    [Fact]
    public async Task An_admin_adds_a_member_with_a_role_and_cannot_remove_the_last_owner()
    {
        await DemoMembers.AddAsync(app, "colleague@browser.example", role: null);
        var page = await app.SignedInPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/w/nordvik/settings");
        await BrowserApp.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Settings");
        await Assertions.Expect(page.Locator($"[data-member='{BrowserApp.AdminEmail}']")).ToBeVisibleAsync();

        await page.GetByLabel("E-mail of the user").FillAsync("colleague@browser.example");
        await page.Locator("#new-member-role").SelectOptionAsync("Analyst");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add member" }).ClickAsync();
        var row = page.Locator("[data-member='colleague@browser.example']");
        await Assertions.Expect(row.Locator("select")).ToHaveValueAsync("Analyst");
        await Assertions.Expect(page.GetByText("colleague@browser.example is now Analyst.")).ToBeVisibleAsync();

        await row.Locator("select").SelectOptionAsync("Viewer");
        await Assertions.Expect(page.GetByText("colleague@browser.example is now Viewer.")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = $"Remove {BrowserApp.AdminEmail}" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "last owner" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator($"[data-member='{BrowserApp.AdminEmail}']")).ToBeVisibleAsync();

        await page.GetByLabel("E-mail of the user").FillAsync("nobody@browser.example");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add member" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "they need an account first" })).ToBeVisibleAsync();
        await BrowserApp.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "settings-members");
    }

    [Fact]
    public async Task An_admin_creates_an_api_key_sees_it_once_and_revokes_it()
    {
        var page = await app.SignedInPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/w/nordvik/settings");
        await BrowserApp.WaitForInteractiveAsync(page);
        await page.GetByRole(AriaRole.Tab, new() { Name = "API keys" }).ClickAsync();

        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Browser test key");
        await page.GetByLabel("Scope").SelectOptionAsync("Read");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create key" }).ClickAsync();
        var shown = page.Locator("#new-key");
        await Assertions.Expect(shown).ToHaveValueAsync(new Regex("^ekko_[A-Za-z0-9]{12}_[A-Za-z0-9_-]{43}$"));
        var key = await shown.InputValueAsync();
        var prefix = key.Split('_')[1];
        var row = page.Locator($"[data-key='{prefix}']");
        await Assertions.Expect(row).ToContainTextAsync("read");
        await Assertions.Expect(row).ToContainTextAsync("Active");
        await BrowserApp.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "settings-api-key-created");
        Assert.Equal(System.Net.HttpStatusCode.OK, await CallApiAsync(key));

        // Shown once: after "Done", and on any later visit, only the prefix is left.
        await page.GetByRole(AriaRole.Button, new() { Name = "Done" }).ClickAsync();
        await Assertions.Expect(shown).ToHaveCountAsync(0);
        await page.ReloadAsync();
        await BrowserApp.WaitForInteractiveAsync(page);
        await page.GetByRole(AriaRole.Tab, new() { Name = "API keys" }).ClickAsync();
        await Assertions.Expect(page.Locator($"[data-key='{prefix}']")).ToBeVisibleAsync();
        Assert.DoesNotContain(key, await page.ContentAsync(), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Button, new() { Name = "Revoke Browser test key" }).ClickAsync();
        await Assertions.Expect(page.Locator($"[data-key='{prefix}']")).ToContainTextAsync("revoked");
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, await CallApiAsync(key));
    }

    [Fact]
    public async Task An_admin_adds_a_webhook_and_a_theme_and_switches_on_redaction()
    {
        var page = await app.SignedInPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/w/nordvik/settings");
        await BrowserApp.WaitForInteractiveAsync(page);

        await page.GetByRole(AriaRole.Tab, new() { Name = "Webhooks" }).ClickAsync();
        await page.GetByLabel("Address (https://…)").FillAsync("https://hooks.example.com/ekko");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add webhook" }).ClickAsync();
        await Assertions.Expect(page.Locator("#webhook-secret")).Not.ToHaveValueAsync("");
        var hook = page.Locator("#webhooks tbody tr").Filter(new() { HasText = "https://hooks.example.com/ekko" });
        await Assertions.Expect(hook).ToContainTextAsync("Active");
        await hook.GetByRole(AriaRole.Button, new() { Name = "Disable" }).ClickAsync();
        await Assertions.Expect(hook).ToContainTextAsync("disabled");
        await hook.GetByRole(AriaRole.Button, new() { Name = "Delivery log" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Nothing sent yet.")).ToBeVisibleAsync();
        await BrowserApp.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "settings-webhooks");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Themes" }).ClickAsync();
        await Assertions.Expect(page.Locator("#themes tbody tr")).Not.ToHaveCountAsync(0);
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Opening hours");
        await page.GetByLabel("Id", new() { Exact = true }).FillAsync("opening-hours");
        await page.GetByLabel(new Regex("^Words, Swedish")).FillAsync("öppettid*, stängt");
        await page.GetByLabel(new Regex("^Words, English")).FillAsync("opening hours, closed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add theme" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-theme=opening-hours]")).ToContainTextAsync("öppettid*");
        await Assertions.Expect(page.Locator("#reanalysis")).ToContainTextAsync(new Regex("Re-analysing comments|comments are analysed with taxonomy version"));
        await BrowserApp.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "settings-themes");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Privacy" }).ClickAsync();
        var redact = page.Locator("#redact-pii");
        var before = await redact.IsCheckedAsync();
        await redact.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = before ? "shown as written" : "now redacted" })).ToBeVisibleAsync();
        await BrowserApp.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "settings-privacy");
        await redact.ClickAsync();
    }

    private async Task<System.Net.HttpStatusCode> CallApiAsync(string key)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{app.BaseUrl}/api/v1/surveys");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
