using System.Text.RegularExpressions;
using Ekko.Core.Features.Workspaces;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Ekko.BrowserTests.Features.Dashboards;

/// <summary>The overview dashboard on the demo data: what a CX manager opens every morning, and who may open it.</summary>
[Collection(DemoAppTests.Name)]
public sealed partial class OverviewTests(DemoBrowserApp app)
{
    /// <summary>The demo's last half year, fixed so the test does not depend on today's date.</summary>
    private const string HalfYear = "from=2026-05-01&to=2026-10-31";

    [Fact]
    public async Task A_manager_opens_the_dashboard_filters_it_and_shares_the_view_as_a_link()
    {
        var page = await app.SignedInPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nordvik Elektronik" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/w/nordvik/dashboard$"));

        await page.GotoAsync($"{app.BaseUrl}/w/nordvik/dashboard?{HalfYear}");
        await BrowserApp.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Overview");
        var nps = page.Locator("[data-metric=nps]");
        await Assertions.Expect(nps).ToHaveTextAsync(new Regex(@"^[+−]\d+\.\d$"));
        await Assertions.Expect(page.GetByText(new Regex("against the previous period"))).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator(".ekko-heatmap tbody tr")).Not.ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Top themes" })).ToBeVisibleAsync();
        await BrowserApp.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "dashboard");
        var kpis = page.Locator(".ekko-kpis");
        var everyone = await kpis.TextContentAsync();

        // A filter goes into the address, and every widget follows it.
        await page.GetByLabel("Channel").SelectOptionAsync("web");
        await page.WaitForURLAsync(new Regex("channel=web"));
        await Assertions.Expect(kpis).Not.ToHaveTextAsync(everyone!);
        var filtered = page.Url;

        // The link opens the same view for someone else.
        var shared = await app.SignedInPageAsync();
        await shared.GotoAsync(filtered);
        await BrowserApp.WaitForInteractiveAsync(shared);
        await Assertions.Expect(shared.Locator(".ekko-kpis")).ToHaveTextAsync((await kpis.TextContentAsync())!);

        // A number leads to the answers behind it.
        await page.Locator(".ekko-cell a").First.ClickAsync();
        await page.WaitForURLAsync(new Regex("/w/nordvik/responses\\?.*touchpoint=.*channel=web|/w/nordvik/responses\\?.*channel=web.*touchpoint="));
    }

    [Fact]
    public async Task On_a_tablet_the_dashboard_fits_the_screen_and_the_menu_opens_on_demand()
    {
        var page = await app.SignedInPageAsync(options: new() { ViewportSize = new() { Width = 768, Height = 1024 }, HasTouch = true });
        await page.GotoAsync($"{app.BaseUrl}/w/nordvik/dashboard?{HalfYear}");
        await BrowserApp.WaitForInteractiveAsync(page);

        // Nothing wider than the screen except the heatmap, which scrolls inside its own box.
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the page is {overflow} px wider than the tablet");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Journey map" })).Not.ToBeInViewportAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Menu" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Journey map" })).ToBeInViewportAsync();
        await BrowserApp.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "dashboard-tablet");
    }

    [Fact]
    public async Task The_dashboard_speaks_Swedish_when_asked()
    {
        var page = await app.SignedInPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/w/nordvik/dashboard?{HalfYear}");
        await BrowserApp.WaitForInteractiveAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Svenska" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Översikt");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "sv");
        Assert.Contains(HalfYear, page.Url, StringComparison.Ordinal);
        await BrowserApp.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "dashboard-sv");

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Overview");
    }

    [Fact]
    public async Task Roles_decide_what_each_member_sees_and_the_server_enforces_it()
    {
        await AddMemberAsync("agent@browser.example", WorkspaceRole.Agent);
        await AddMemberAsync("viewer@browser.example", WorkspaceRole.Viewer);

        var agent = await app.SignedInPageAsync("agent@browser.example", "agent long password");
        await agent.WaitForURLAsync(new Regex("/w/nordvik/cases"));
        await Assertions.Expect(agent.GetByRole(AriaRole.Link, new() { Name = "Overview" })).ToHaveCountAsync(0);
        await agent.GotoAsync($"{app.BaseUrl}/w/nordvik/dashboard");
        await Assertions.Expect(agent.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Not allowed");
        await Assertions.Expect(agent.Locator("[data-metric=nps]")).ToHaveCountAsync(0);
        await BrowserApp.AssertAccessibleAsync(agent);

        var viewer = await app.SignedInPageAsync("viewer@browser.example", "viewer long password");
        await viewer.WaitForURLAsync(new Regex("/w/nordvik/dashboard"));
        await BrowserApp.WaitForInteractiveAsync(viewer);
        await Assertions.Expect(viewer.GetByRole(AriaRole.Link, new() { Name = "Settings" })).ToHaveCountAsync(0);

        // Another workspace's address shows nothing of it, whatever the role.
        await viewer.GotoAsync($"{app.BaseUrl}/w/default/dashboard");
        await Assertions.Expect(viewer.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Workspace not found");
    }

    private async Task AddMemberAsync(string email, WorkspaceRole role)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<EkkoUser>>();
        if (await users.FindByEmailAsync(email) is null)
        {
            var created = await users.CreateAsync(new EkkoUser { UserName = email, Email = email }, email.Split('@')[0] + " long password");
            Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        }

        var workspace = (await scope.ServiceProvider.GetRequiredService<FindWorkspace>().HandleAsync(new FindWorkspaceQuery(DemoBrowserApp.Workspace), default)).Workspace!;
        await scope.ServiceProvider.GetRequiredService<AddMember>().HandleAsync(new AddMemberCommand(workspace.Id, email, role), default);
    }
}
