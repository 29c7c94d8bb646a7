using Microsoft.Playwright;

namespace Ekko.BrowserTests.Features.Workspaces;

public sealed class SignInTests : IAsyncLifetime
{
    private readonly BrowserApp app = new();

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task The_admin_signs_in_with_the_keyboard_and_sees_their_workspaces()
    {
        var page = await app.Browser.NewPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/");

        Assert.EndsWith("/login?ReturnUrl=%2F", page.Url, StringComparison.Ordinal);
        await BrowserApp.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "sign-in");

        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(BrowserApp.AdminEmail);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(BrowserApp.AdminPassword);
        await page.Keyboard.PressAsync("Enter");
        // The admin's only workspace opens at once, where the sign-in was asked for.
        await page.WaitForURLAsync($"{app.BaseUrl}/w/default/dashboard");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Overview");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Default" })).ToBeVisibleAsync();
        await BrowserApp.WaitForInteractiveAsync(page);
        await BrowserApp.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "start");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync($"{app.BaseUrl}/login");
    }

    [Fact]
    public async Task A_wrong_password_is_announced_and_nothing_is_revealed()
    {
        var page = await app.Browser.NewPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/login");

        await page.GetByLabel("E-mail").FillAsync(BrowserApp.AdminEmail);
        await page.GetByLabel("Password").FillAsync("wrong password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Wrong e-mail or password.");
        await BrowserApp.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "sign-in-failed");
    }

    [Fact]
    public async Task A_one_time_password_must_be_replaced_before_anything_else()
    {
        await app.CreateUserWithOneTimePasswordAsync("new.admin@browser.example", "one-time-pass-123");
        var page = await app.Browser.NewPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/login");
        await page.GetByLabel("E-mail").FillAsync("new.admin@browser.example");
        await page.GetByLabel("Password").FillAsync("one-time-pass-123");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await page.WaitForURLAsync($"{app.BaseUrl}/account/password");
        await BrowserApp.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "choose-password");
        await page.GotoAsync($"{app.BaseUrl}/");
        await page.WaitForURLAsync($"{app.BaseUrl}/account/password");

        await page.GetByLabel("One-time password").FillAsync("one-time-pass-123");
        await page.GetByLabel("New password").FillAsync("my own long passphrase");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save password" }).ClickAsync();

        // Not a member of any workspace yet: the start page says so and what to do.
        await page.WaitForURLAsync($"{app.BaseUrl}/");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Your workspaces");
        await Assertions.Expect(page.GetByText("Ask an administrator to add you.")).ToBeVisibleAsync();
    }
}
