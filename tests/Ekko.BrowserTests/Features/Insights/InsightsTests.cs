using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Ekko.Core.Data;
using Ekko.Core.Features.Alerts;
using Ekko.Core.Features.Insights.Churn;
using Ekko.Core.Features.Workspaces;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Ekko.BrowserTests.Features.Insights;

/// <summary>
/// The insights page on the demo data: the spring-sale campaign found by the alerting job and by the root cause,
/// priorities, drivers and churn risk with their numbers, the changes a member may make, and the ones the server refuses.
/// </summary>
[Collection(DemoAppTests.Name)]
public sealed partial class InsightsTests(DemoBrowserApp app, ITestOutputHelper output)
{
    /// <summary>The weekly alert the campaign raises: its customers flood the customer-service chat (docs/insights.md).</summary>
    private const string ChatAlert = "Weekly number of answers at customer-service-chat rose";

    private const string Year = "from=2025-11-01&to=2026-10-31";

    private static readonly SemaphoreSlim Arrange = new(1, 1);
    private static DemoBrowserApp? alertsRaisedFor;
    private static DemoBrowserApp? churnTrainedFor;

    [Fact]
    public async Task The_alerts_tab_explains_the_spring_sale_alert_and_a_user_acknowledges_it_and_opens_a_case()
    {
        var workspace = await RaiseSpringAlertsAsync();
        var page = await app.SignedInPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/w/nordvik/insights");
        await BrowserApp.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Insights");
        var alert = page.Locator("[data-alert]", new() { HasText = ChatAlert });
        await Assertions.Expect(alert).ToHaveCountAsync(1);
        await Assertions.Expect(alert.Locator(".ekko-summary")).ToContainTextAsync("comes from answers with campaign spring-sale");
        await Assertions.Expect(alert).ToContainTextAsync("Number of answers · at touchpoint customer-service-chat · weekly");
        await Assertions.Expect(alert).ToContainTextAsync("2026-04-13 – 2026-04-19");
        var cause = alert.Locator(".ekko-explanations tbody tr").First;
        await Assertions.Expect(cause.Locator("th")).ToHaveTextAsync("campaign = spring-sale");
        await BrowserApp.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "insights-alerts");

        // The explanation leads to its answers: that week, that touchpoint, that campaign.
        var answers = cause.GetByRole(AriaRole.Link, new() { Name = "See the answers with campaign = spring-sale" });
        var href = await answers.GetAttributeAsync("href");
        Assert.Equal("/w/nordvik/responses?from=2026-04-13&to=2026-04-19&touchpoint=customer-service-chat&attributes.campaign=spring-sale", href);
        await answers.ClickAsync();
        await page.WaitForURLAsync(new Regex("/w/nordvik/responses\\?"));
        await BrowserApp.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Remove the filter campaign = spring-sale" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText(new Regex(@"^\d+ responses match\.$"))).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-response]")).Not.ToHaveCountAsync(0);

        // Acknowledged, it leaves the open list and shows among the acknowledged ones, with who did it.
        await page.GoBackAsync();
        await BrowserApp.WaitForInteractiveAsync(page);
        await alert.GetByRole(AriaRole.Button, new() { Name = "Acknowledge" }).ClickAsync();
        await Assertions.Expect(page.Locator(".ekko-message")).ToHaveTextAsync("Acknowledged: the alert stays in the list of acknowledged alerts.");
        await Assertions.Expect(alert).ToHaveCountAsync(0);
        await page.GetByLabel("Status").SelectOptionAsync("acknowledged");
        await page.WaitForURLAsync(new Regex("tab=alerts&status=acknowledged"));
        await Assertions.Expect(alert).ToContainTextAsync($"user:{BrowserApp.AdminEmail}");
        var id = Guid.Parse((await alert.GetAttributeAsync("data-alert"))!);

        // It becomes a case, and the page goes to it.
        await alert.GetByRole(AriaRole.Button, new() { Name = "Create case" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/w/nordvik/cases/\\d+$"));
        await using var scope = app.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<GetAlert>().HandleAsync(new GetAlertQuery(workspace, id), CancellationToken.None);
        Assert.Equal("converted", (string?)stored!["status"]);
        Assert.NotNull((string?)stored["case"]);
    }

    [Fact]
    public async Task Why_did_NPS_change_from_March_to_April_names_the_spring_sale_campaign()
    {
        var page = await app.SignedInPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/w/nordvik/insights?tab=why");
        await BrowserApp.WaitForInteractiveAsync(page);
        await page.GetByRole(AriaRole.Group, new() { Name = "Now" }).GetByLabel("From").FillAsync("2026-04-01");
        await page.GetByRole(AriaRole.Group, new() { Name = "Now" }).GetByLabel("To").FillAsync("2026-04-30");
        await page.GetByRole(AriaRole.Group, new() { Name = "Compared with" }).GetByLabel("From").FillAsync("2026-03-01");
        await page.GetByRole(AriaRole.Group, new() { Name = "Compared with" }).GetByLabel("To").FillAsync("2026-03-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "Explain the change" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("tab=why&metric=nps&current=2026-04-01..2026-04-30&baseline=2026-03-01..2026-03-31"));

        await Assertions.Expect(page.Locator("[data-summary]")).ToContainTextAsync(new Regex(@"^NPS changed by −?-?\d+\.\d NPS points.*campaign spring-sale"));
        await Assertions.Expect(page.Locator(".ekko-explanations tbody tr th").First).ToHaveTextAsync("campaign = spring-sale");
        await Assertions.Expect(page.Locator("[data-side=current]")).ToHaveTextAsync(new Regex(@"^[+−]\d+\.\d$"));
        var link = await page.Locator(".ekko-explanations tbody tr").First.GetByRole(AriaRole.Link).GetAttributeAsync("href");
        Assert.Equal("/w/nordvik/responses?from=2026-04-01&to=2026-04-30&metric=nps&attributes.campaign=spring-sale", link);
        await BrowserApp.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "insights-why");

        // The address is the view: opened again, it answers the same.
        var again = await app.SignedInPageAsync();
        await again.GotoAsync(page.Url);
        await Assertions.Expect(again.Locator("[data-summary]")).ToHaveTextAsync((await page.Locator("[data-summary]").TextContentAsync())!);
    }

    [Fact]
    public async Task Priorities_and_drivers_show_their_numbers()
    {
        var page = await app.SignedInPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/w/nordvik/insights?{Year}&tab=priorities");
        await BrowserApp.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync("What to fix first: impact, not noise");
        var rows = page.Locator(".ekko-priorities tbody tr");
        await Assertions.Expect(rows).Not.ToHaveCountAsync(0);
        await Assertions.Expect(rows.First.Locator("td").Nth(1)).ToHaveTextAsync(new Regex(@"^−?-?\d+\.\d$"));
        await Assertions.Expect(rows.First.Locator("td").Nth(2)).ToHaveTextAsync(new Regex(@"^−?-?\d+\.\d … −?-?\d+\.\d$"));
        await Assertions.Expect(page.Locator("[data-loud-vs-important]")).ToContainTextAsync("The complaint count only says how loud a touchpoint is");
        await Assertions.Expect(page.Locator(".ekko-panel svg").First).ToBeVisibleAsync();
        var touchpoint = await rows.First.GetAttributeAsync("data-touchpoint");
        Assert.Equal($"/w/nordvik/action-plans/new?touchpoint={touchpoint}", await rows.First.GetByRole(AriaRole.Link, new() { Name = $"Create action plan for {touchpoint}" }).GetAttributeAsync("href"));
        await BrowserApp.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "insights-priorities");

        // CSAT instead, in the address.
        await page.GetByLabel("Metric").SelectOptionAsync("csat");
        await page.WaitForURLAsync(new Regex("tab=priorities&metric=csat"));
        await Assertions.Expect(page.Locator(".ekko-priorities thead")).ToContainTextAsync("Impact (CSAT points)");

        await page.GetByRole(AriaRole.Link, new() { Name = "Drivers" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("tab=drivers"));
        Assert.Contains(Year, page.Url, StringComparison.Ordinal);
        await page.GetByLabel("Metric").SelectOptionAsync("nps");
        await page.WaitForURLAsync(new Regex("tab=drivers&metric=nps"));
        await page.GetByLabel("Survey").SelectOptionAsync("relationship-nps");
        await page.WaitForURLAsync(new Regex("tab=drivers&metric=nps&survey=relationship-nps"));
        var drivers = page.Locator(".ekko-drivers tbody tr");
        await Assertions.Expect(drivers).Not.ToHaveCountAsync(0);
        await Assertions.Expect(drivers.First.Locator("th")).ToHaveTextAsync(new Regex("^reason="));
        await Assertions.Expect(drivers.First.Locator("td").Nth(1)).ToHaveTextAsync(new Regex(@"^\d+\.\d ?%$"));
        await Assertions.Expect(page.Locator("[data-r-squared]")).ToContainTextAsync(new Regex(@"explain \d+\.\d ?% of the variation in NPS"));
        await BrowserApp.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "insights-drivers");
    }

    [Fact]
    public async Task The_quadrant_places_rating_drivers_and_says_which_to_fix_first()
    {
        // The demo's surveys ask no ratings besides the score, so another workspace gets some: delivery is rated low
        // and moves the score most, support is rated high and moves it too, website and price ratings do not move it.
        var workspace = await WorkspaceIdAsync("default");
        var random = new Random(8);
        var items = new List<JsonNode?>();
        for (var i = 0; i < 400; i++)
        {
            int delivery = random.Next(1, 5), support = random.Next(3, 6), website = random.Next(4, 6), price = random.Next(1, 5);
            var score = Math.Clamp((2 * (delivery - 1)) + (2 * (support - 3)) + random.Next(-1, 2), 0, 10);
            items.Add(new JsonObject
            {
                ["id"] = $"quadrant-{i}",
                ["survey"] = "onboarding-nps",
                ["submitted_at"] = new DateTimeOffset(2026, 10, 1, 8, 0, 0, TimeSpan.Zero).AddHours(i).ToString("O", CultureInfo.InvariantCulture),
                ["metric"] = "nps",
                ["score"] = score,
                ["answers"] = new JsonObject { ["delivery"] = delivery, ["support"] = support, ["website"] = website, ["price"] = price },
            });
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var stored = await scope.ServiceProvider.GetRequiredService<Ekko.Core.Features.Responses.IngestResponses>()
                .HandleAsync(new Ekko.Core.Features.Responses.IngestResponsesCommand(workspace, items), CancellationToken.None);
            Assert.Empty(stored.Errors);
        }

        var page = await app.SignedInPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/w/default/insights?from=2026-10-01&to=2026-10-31&tab=drivers&survey=onboarding-nps");
        await BrowserApp.WaitForInteractiveAsync(page);
        async Task Quadrant(string driver, string quadrant) =>
            await Assertions.Expect(page.Locator($"tr[data-driver={driver}] td").Last).ToHaveTextAsync(quadrant);
        await Quadrant("delivery", "Fix first");
        await Quadrant("support", "Keep up");
        await Quadrant("website", "Possible overkill");
        await Quadrant("price", "Low priority");
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Importance and performance of the rating drivers; fix first: delivery." })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("tr[data-driver=delivery] td").Nth(5)).ToHaveTextAsync(new Regex(@"^\d\.\d\d$"));
        await BrowserApp.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "insights-drivers-quadrant");
    }

    [Fact]
    public async Task The_churn_tab_says_how_good_the_model_is_and_opens_follow_up_cases()
    {
        var model = await TrainChurnModelAsync();
        var evaluation = model["evaluation"]!;
        var page = await app.SignedInPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/w/nordvik/insights?tab=churn");
        await BrowserApp.WaitForInteractiveAsync(page);
        var auc = (double)evaluation["auc"]!;
        await Assertions.Expect(page.Locator("[data-auc]")).ToHaveTextAsync(auc.ToString("0.000", CultureInfo.InvariantCulture));
        await Assertions.Expect(page.Locator("[data-evaluation]")).ToContainTextAsync(
            $"Tested on the {(int)evaluation["n"]!:N0} customers who were active on {(string)evaluation["test_snapshot"]!}");
        await Assertions.Expect(page.Locator("[data-verdict]")).ToHaveTextAsync(new Regex(auc < 0.7 ? "^Weak: " : auc < 0.8 ? "^Fair: " : "^Good: "));
        var rows = page.Locator(".ekko-risks tbody tr");
        await Assertions.Expect(rows).Not.ToHaveCountAsync(0);
        await Assertions.Expect(rows.First.Locator("td.num").Last).ToHaveTextAsync(new Regex(@"^\d+ ?%$"));
        await BrowserApp.AssertAccessibleAsync(page);
        await BrowserApp.ScreenshotAsync(page, "insights-churn");

        // Two customers chosen become two follow-up cases, linked from the answer.
        var chosen = new[] { await rows.Nth(0).GetAttributeAsync("data-customer"), await rows.Nth(1).GetAttributeAsync("data-customer") };
        await rows.Nth(0).GetByRole(AriaRole.Checkbox).CheckAsync();
        await rows.Nth(1).GetByRole(AriaRole.Checkbox).CheckAsync();
        await Assertions.Expect(page.GetByText("2 chosen")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create follow-up cases" }).ClickAsync();
        var message = page.Locator(".ekko-message");
        await Assertions.Expect(message).ToContainTextAsync(new Regex("^(2 follow-up cases opened:|\\d follow-up cases opened; \\d customers already had an open one:)"));
        foreach (var customer in chosen)
        {
            await Assertions.Expect(message.GetByRole(AriaRole.Link, new() { NameRegex = new Regex($@"^#\d+ \({customer}\)$") })).ToHaveAttributeAsync("href", new Regex("^/w/nordvik/cases/\\d+$"));
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Retrain now" }).ClickAsync();
        await Assertions.Expect(message).ToHaveTextAsync("Training asked for: the model is retrained within a few minutes, and the list follows.");
    }

    [Fact]
    public async Task A_viewer_sees_the_insights_but_the_server_refuses_their_changes()
    {
        var workspace = await RaiseSpringAlertsAsync();
        await AddMemberAsync("viewer.insights@browser.example", WorkspaceRole.Viewer);
        var viewer = await app.SignedInPageAsync("viewer.insights@browser.example", "viewer.insights long password");
        await viewer.GotoAsync($"{app.BaseUrl}/w/nordvik/insights?status=all");
        await BrowserApp.WaitForInteractiveAsync(viewer);
        await Assertions.Expect(viewer.Locator("[data-alert]")).Not.ToHaveCountAsync(0);
        await Assertions.Expect(viewer.Locator(".ekko-summary").First).Not.ToBeEmptyAsync();
        await Assertions.Expect(viewer.GetByRole(AriaRole.Button, new() { Name = "Acknowledge" })).ToHaveCountAsync(0);
        await Assertions.Expect(viewer.GetByRole(AriaRole.Button, new() { Name = "Create case" })).ToHaveCountAsync(0);
        await Assertions.Expect(viewer.GetByRole(AriaRole.Button, new() { Name = "Create action plan" })).ToHaveCountAsync(0);
        await BrowserApp.AssertAccessibleAsync(viewer);
        await viewer.GotoAsync($"{app.BaseUrl}/w/nordvik/insights?tab=churn");
        await BrowserApp.WaitForInteractiveAsync(viewer);
        await Assertions.Expect(viewer.GetByRole(AriaRole.Button, new() { Name = "Retrain now" })).ToHaveCountAsync(0);
        await Assertions.Expect(viewer.GetByRole(AriaRole.Button, new() { Name = "Create follow-up cases" })).ToHaveCountAsync(0);

        // An analyst has the alerts open when an admin makes them a viewer: the next click is refused on the server.
        const string demoted = "demoted.insights@browser.example";
        await AddMemberAsync(demoted, WorkspaceRole.Analyst);
        var page = await app.SignedInPageAsync(demoted, "demoted.insights long password");
        await page.GotoAsync($"{app.BaseUrl}/w/nordvik/insights");
        await BrowserApp.WaitForInteractiveAsync(page);
        var open = page.Locator("[data-alert]").Filter(new() { Has = page.GetByRole(AriaRole.Button, new() { Name = "Acknowledge" }) }).First;
        var id = Guid.Parse((await open.GetAttributeAsync("data-alert"))!);
        await AddMemberAsync(demoted, WorkspaceRole.Viewer);
        await open.GetByRole(AriaRole.Button, new() { Name = "Acknowledge" }).ClickAsync();

        await Assertions.Expect(page.Locator(".ekko-refused")).ToHaveTextAsync("Your role does not allow handling alerts. Nothing was changed.");
        await BrowserApp.ScreenshotAsync(page, "insights-refused");
        await using var scope = app.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<GetAlert>().HandleAsync(new GetAlertQuery(workspace, id), CancellationToken.None);
        Assert.Equal(("open", (string?)null), ((string?)stored!["status"], (string?)stored["status_by"]));
    }

    /// <summary>
    /// Runs the alerting job over the campaign's first two weeks, as it ran on those nights: its clock set to just
    /// after each day had closed, the workspace's watermark set back to before them. The hosted job runs on today's
    /// date meanwhile; when it holds the workspace's lease, this waits and tries again.
    /// </summary>
    private async Task<Guid> RaiseSpringAlertsAsync()
    {
        var workspace = await WorkspaceIdAsync();
        await Arrange.WaitAsync();
        try
        {
            if (alertsRaisedFor == app)
            {
                return workspace;
            }

            var services = app.Services;
            var clock = new NightClock();
            var job = ActivatorUtilities.CreateInstance<RaiseAlerts>(services, (TimeProvider)clock);
            var started = System.Diagnostics.Stopwatch.StartNew();
            for (var attempt = 0; ; attempt++)
            {
                await using (var db = await services.GetRequiredService<IDbContextFactory<EkkoDbContext>>().CreateDbContextAsync())
                {
                    await db.AlertWatches.Where(w => w.WorkspaceId == workspace && w.LeaseUntil == null)
                        .ExecuteUpdateAsync(s => s.SetProperty(w => w.JudgedThrough, new DateOnly(2026, 4, 5)));
                }

                foreach (var night in new[] { new DateOnly(2026, 4, 7), new DateOnly(2026, 4, 13), new DateOnly(2026, 4, 20) })
                {
                    clock.Now = new DateTimeOffset(night.ToDateTime(new TimeOnly(0, 45)), TimeSpan.Zero);
                    var result = await job.HandleAsync(new RaiseAlertsCommand("browser-test"), CancellationToken.None);
                    Assert.Empty(result.Failures);
                }

                await using var check = await services.GetRequiredService<IDbContextFactory<EkkoDbContext>>().CreateDbContextAsync();
                var alerts = await check.Alerts.Where(a => a.WorkspaceId == workspace && a.Period >= new DateOnly(2026, 4, 6) && a.Period <= new DateOnly(2026, 4, 19))
                    .OrderBy(a => a.Period).ToListAsync();
                if (alerts.Any(a => a.Title.StartsWith(ChatAlert, StringComparison.Ordinal)) || attempt == 30)
                {
                    output.WriteLine($"{alerts.Count} alerts in {started.Elapsed.TotalSeconds:F1} s:");
                    alerts.ForEach(a => output.WriteLine($"  {a.Title} | {a.Summary}"));
                    break;
                }

                await Task.Delay(TimeSpan.FromSeconds(2));
            }

            alertsRaisedFor = app;
            return workspace;
        }
        finally
        {
            Arrange.Release();
        }
    }

    /// <summary>Asks for a training and runs the training job; when the hosted job is training it meanwhile, waits for its model.</summary>
    private async Task<JsonObject> TrainChurnModelAsync()
    {
        var workspace = await WorkspaceIdAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var get = scope.ServiceProvider.GetRequiredService<GetChurnModel>();
        await Arrange.WaitAsync();
        try
        {
            if (churnTrainedFor != app)
            {
                var started = System.Diagnostics.Stopwatch.StartNew();
                await scope.ServiceProvider.GetRequiredService<RequestChurnTraining>().HandleAsync(new RequestChurnTrainingCommand(workspace), CancellationToken.None);
                await scope.ServiceProvider.GetRequiredService<TrainChurnModels>().HandleAsync(new TrainChurnModelsCommand("browser-test"), CancellationToken.None);
                while ((string?)(await get.HandleAsync(new GetChurnModelQuery(workspace), CancellationToken.None))["status"] != "trained" && started.Elapsed < TimeSpan.FromMinutes(4))
                {
                    await Task.Delay(TimeSpan.FromSeconds(2));
                }

                output.WriteLine($"churn model trained in {started.Elapsed.TotalSeconds:F1} s");
                churnTrainedFor = app;
            }
        }
        finally
        {
            Arrange.Release();
        }

        var model = await get.HandleAsync(new GetChurnModelQuery(workspace), CancellationToken.None);
        output.WriteLine(model.ToJsonString());
        Assert.NotNull(model["evaluation"]);
        return model;
    }

    private async Task<Guid> WorkspaceIdAsync(string slug = DemoBrowserApp.Workspace)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<FindWorkspace>().HandleAsync(new FindWorkspaceQuery(slug), default)).Workspace!.Id;
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

        await scope.ServiceProvider.GetRequiredService<AddMember>().HandleAsync(new AddMemberCommand(await WorkspaceIdAsync(), email, role), default);
    }

    /// <summary>The alerting job's clock, set to the nights it judges.</summary>
    private sealed class NightClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; }

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
