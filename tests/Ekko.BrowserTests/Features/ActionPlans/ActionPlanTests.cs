using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Ekko.Analytics;
using Ekko.Core.Features.Cases;
using Ekko.Core.Features.Responses;
using Ekko.Core.Features.Workspaces;
using Ekko.Core.Formats;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Ekko.BrowserTests.Features.ActionPlans;

/// <summary>
/// Action plans on the demo data: a CX manager makes one from the delivery theme, measures it at home delivery
/// over the demo's slow-delivery weeks, and reads the impact; a viewer reads it and cannot change it.
/// </summary>
[Collection(DemoAppTests.Name)]
public sealed class ActionPlanTests(DemoBrowserApp app)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    [Fact]
    public async Task A_manager_creates_an_action_plan_from_a_theme_and_reads_its_measured_impact()
    {
        var page = await app.SignedInPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/w/nordvik/action-plans");
        await BrowserApp.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Action plans");
        await BrowserApp.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "action-plans");
        await page.GetByRole(AriaRole.Link, new() { Name = "Create action plan" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/w/nordvik/action-plans/new$"));

        // Another page's "Create action plan" link names the theme; the form starts from it.
        await page.GotoAsync($"{app.BaseUrl}/w/nordvik/action-plans/new?theme=delivery");
        await BrowserApp.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByLabel("Comes from")).ToHaveValueAsync("theme");
        await Assertions.Expect(page.GetByLabel("Theme", new() { Exact = true })).ToHaveValueAsync("delivery");
        await Assertions.Expect(page.GetByLabel("Title")).ToHaveValueAsync("Improve delivery");
        await Assertions.Expect(page.GetByLabel("Owner (e-mail)")).ToHaveValueAsync(BrowserApp.AdminEmail);
        await page.GetByLabel("What will be done").FillAsync("Move Västra Götaland parcels to the second carrier until the Göteborg terminal has capacity.");
        await page.GetByLabel("Due date").FillAsync("2026-12-18");
        await page.GetByLabel("Metric").SelectOptionAsync("csat");
        await page.GetByLabel("Measured at").SelectOptionAsync("home-delivery");
        await page.GetByLabel("Starts on").FillAsync("2026-09-14");
        await page.GetByLabel("Days measured").FillAsync("21");
        await BrowserApp.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "action-plan-new");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the plan" }).ClickAsync();

        await page.WaitForURLAsync(new Regex("/w/nordvik/action-plans/[0-9a-f-]{36}$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Improve delivery");
        await Assertions.Expect(page.Locator(".ekko-case-facts")).ToContainTextAsync("From the theme delivery");

        // The numbers, counted here from the answers themselves: CSAT is the share of 4s and 5s.
        var before = await CsatAsync(new DateOnly(2026, 8, 24), new DateOnly(2026, 9, 13));
        var after = await CsatAsync(new DateOnly(2026, 9, 14), new DateOnly(2026, 10, 4));
        Assert.True(before.N >= 30 && after.N >= 30, $"n = {before.N} before, {after.N} after");
        var change = after.Value - before.Value;
        var headline = page.Locator(".ekko-impact-headline");
        await Assertions.Expect(headline).ToHaveTextAsync(new Regex(
            $"^CSAT at home-delivery {Regex.Escape(change.ToString("+0.0;−0.0;0.0", English))} percentage points, (significant|within chance, not a real change)$"));
        await Assertions.Expect(page.Locator(".ekko-impact-detail")).ToContainTextAsync($"n = {before.N.ToString("N0", English)} before, {after.N.ToString("N0", English)} after");
        await Assertions.Expect(page.Locator(".ekko-impact-detail")).ToContainTextAsync(new Regex(@"^95% interval [+−]\d+\.\d … [+−]\d+\.\d · .* · p = "));
        var rows = page.Locator(".ekko-impact-table tbody tr");
        await Assertions.Expect(rows.Nth(0)).ToContainTextAsync(new Regex($@"2026-08-24 – 2026-09-13\s*{Regex.Escape(before.Value.ToString("0.0", English))} %"));
        await Assertions.Expect(rows.Nth(1)).ToContainTextAsync(new Regex($@"2026-09-14 – 2026-10-04\s*{Regex.Escape(after.Value.ToString("0.0", English))} %"));
        await BrowserApp.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "action-plan-impact");
        var impactSentence = await headline.TextContentAsync();

        // Under way, with a case that showed the problem linked to it.
        var linked = await OpenCaseAsync("Parcel to Borås took nine days");
        await page.GetByLabel("Status", new() { Exact = true }).SelectOptionAsync("in_progress");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the plan" }).ClickAsync();
        await Assertions.Expect(page.Locator(".ekko-case-message")).ToHaveTextAsync("The plan is saved.");
        await Assertions.Expect(page.Locator(".ekko-chip-status")).ToHaveTextAsync("In progress");
        await page.GetByLabel("Case number").FillAsync(linked.ToString(CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Link the case" }).ClickAsync();
        await Assertions.Expect(page.Locator(".ekko-case-message")).ToHaveTextAsync($"Case #{linked} is linked.");
        await Assertions.Expect(page.Locator(".ekko-linked-cases")).ToContainTextAsync($"#{linked} Parcel to Borås took nine days");
        await BrowserApp.AssertAccessibleAsync(page);
        var planUrl = page.Url;

        await page.GetByRole(AriaRole.Link, new() { Name = "All action plans" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/w/nordvik/action-plans$"));
        var listed = page.Locator(".ekko-plans tr", new() { HasText = "Improve delivery" });
        await Assertions.Expect(listed).ToContainTextAsync("In progress");
        await Assertions.Expect(listed).ToContainTextAsync("CSAT at home-delivery");

        // A viewer reads the plan, but gets no way to change it, and the new-plan page is closed to them.
        await AddMemberAsync("viewer.plans@browser.example", WorkspaceRole.Viewer);
        var viewer = await app.SignedInPageAsync("viewer.plans@browser.example", "viewer.plans long password");
        await viewer.GotoAsync(planUrl);
        await BrowserApp.WaitForInteractiveAsync(viewer);
        await Assertions.Expect(viewer.Locator(".ekko-impact-headline")).ToHaveTextAsync(impactSentence!);
        await Assertions.Expect(viewer.GetByRole(AriaRole.Button, new() { Name = "Save the plan" })).ToHaveCountAsync(0);
        await Assertions.Expect(viewer.GetByRole(AriaRole.Button, new() { Name = "Link the case" })).ToHaveCountAsync(0);
        await Assertions.Expect(viewer.Locator(".ekko-linked-cases a")).ToHaveCountAsync(0);
        await BrowserApp.AssertAccessibleAsync(viewer);
        await BrowserApp.ScreenshotAsync(viewer, "action-plan-viewer");
        await viewer.GotoAsync($"{app.BaseUrl}/w/nordvik/action-plans/new?theme=delivery");
        await Assertions.Expect(viewer.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Not allowed");
    }

    [Fact]
    public async Task A_plan_from_a_touchpoint_measures_that_touchpoint_and_a_plan_not_yet_run_says_so()
    {
        var page = await app.SignedInPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/w/nordvik/action-plans/new?touchpoint=home-delivery");
        await BrowserApp.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByLabel("Comes from")).ToHaveValueAsync("touchpoint");
        await Assertions.Expect(page.GetByLabel("Measured at")).ToHaveValueAsync("home-delivery");
        await Assertions.Expect(page.GetByLabel("Title")).ToHaveValueAsync(new Regex("^Improve "));

        // Without a title the plan is refused, and the field is named.
        await page.GetByLabel("Title").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the plan" }).ClickAsync();
        await Assertions.Expect(page.Locator(".ekko-form-errors")).ToContainTextAsync("Title:");
        await BrowserApp.AssertAccessibleAsync(page);

        // Starting today, there is no whole day after the start yet.
        await page.GetByLabel("Title").FillAsync("Call every late-delivery customer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the plan" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/w/nordvik/action-plans/[0-9a-f-]{36}$"));
        await Assertions.Expect(page.Locator(".ekko-impact-headline")).ToHaveTextAsync("NPS at home-delivery: not measured yet, the plan has not run a whole day");
        await Assertions.Expect(page.Locator(".ekko-case-facts")).ToContainTextAsync("From the touchpoint home-delivery");
        await BrowserApp.ScreenshotAsync(page, "action-plan-not-yet");
    }

    /// <summary>CSAT at home delivery over UTC days from..to, from the stored answers.</summary>
    private async Task<(double Value, int N)> CsatAsync(DateOnly from, DateOnly to)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var list = scope.ServiceProvider.GetRequiredService<ListResponses>();
        int n = 0, satisfied = 0;
        string? after = null;
        do
        {
            var page = await list.HandleAsync(new ListResponsesQuery(await WorkspaceIdAsync(), from, to, Metric.Csat, Touchpoint: "home-delivery", After: after, Limit: 1000), CancellationToken.None);
            foreach (var response in page.Items.Where(r => r["score"] is not null))
            {
                n++;
                satisfied += (int)response["score"]! >= 4 ? 1 : 0;
            }

            after = page.NextCursor;
        }
        while (after is not null);

        return (100.0 * satisfied / n, n);
    }

    private async Task<long> OpenCaseAsync(string title)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var opened = await scope.ServiceProvider.GetRequiredService<CreateCase>().HandleAsync(new CreateCaseCommand(await WorkspaceIdAsync(),
            new JsonObject { ["title"] = title, ["touchpoint"] = "home-delivery" }, "user:admin@browser.example"), CancellationToken.None);
        Assert.Equal(CommandStatus.Ok, opened.Status);
        return opened.Value!.Case.Number;
    }

    private async Task<Guid> WorkspaceIdAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<FindWorkspace>().HandleAsync(new FindWorkspaceQuery(DemoBrowserApp.Workspace), default)).Workspace!.Id;
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

        Assert.True(await scope.ServiceProvider.GetRequiredService<AddMember>().HandleAsync(new AddMemberCommand(await WorkspaceIdAsync(), email, role), default));
    }
}
