using System.Globalization;
using System.Text.Json.Nodes;
using Ekko.Core.Features.Alerts;
using Ekko.Core.Features.Distribution;
using Ekko.Core.Features.Integrations;
using Ekko.Core.Features.Metrics;
using Ekko.Core.Features.Responses;
using Ekko.Core.Formats;
using Ekko.Core.Tests.Features.Cases;
using Ekko.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Ekko.Core.Tests.Features.Alerts;

/// <summary>
/// The alerting job on a Stockholm workspace whose home-delivery CSAT is 80% (16 of 20 satisfied) every day from
/// 1 March 2026, and 20% (4 of 20) on 15 and 16 April.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "xunit disposes it through IAsyncLifetime.DisposeAsync")]
public sealed class RaiseAlertsTests : IAsyncLifetime
{
    private static readonly DateOnly BadDay = new(2026, 4, 15);
    private readonly WebhookReceiver receiver = new();
    private readonly SmtpSink smtp = new();
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 4, 16, 0, 20, 0, TimeSpan.Zero));
    private ClosedLoopWorld world = null!;
    private ResponseIndexes indexes = null!;

    public async Task InitializeAsync()
    {
        world = await ClosedLoopWorld.CreateAsync();
        indexes = new ResponseIndexes(world.Db);
        var items = new List<JsonNode?>();
        for (var day = new DateOnly(2026, 3, 1); day <= BadDay.AddDays(2); day = day.AddDays(1))
        {
            var satisfied = day == BadDay || day == BadDay.AddDays(1) ? 4 : 16;
            for (var i = 0; i < 20; i++)
            {
                items.Add(new JsonObject
                {
                    ["id"] = $"r-{day:yyyyMMdd}-{i}",
                    ["survey"] = "post-delivery-csat",
                    ["submitted_at"] = day.ToDateTime(new TimeOnly(9 + (i % 10), 0)).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                    ["touchpoint"] = "home-delivery",
                    ["metric"] = "csat",
                    ["score"] = i < satisfied ? 5 : 2,
                });
            }
        }

        for (var i = 0; i < items.Count; i += 1000)
        {
            Assert.True((await new IngestResponses(world.Db, world.Clock, world.Db.WriteGate).HandleAsync(
                new IngestResponsesCommand(world.Workspace, items.Skip(i).Take(1000).ToList()), CancellationToken.None)).Accepted);
        }

        receiver.Now = clock.GetUtcNow;
    }

    public async Task DisposeAsync()
    {
        indexes.Dispose();
        await receiver.DisposeAsync();
        await smtp.DisposeAsync();
        await world.DisposeAsync();
    }

    private Task<RaiseAlertsResult> RunAsync(string owner = "instance-a", AlertOptions? options = null) =>
        new RaiseAlerts(world.Db, indexes, options ?? new AlertOptions(), clock, world.Db.WriteGate).HandleAsync(new RaiseAlertsCommand(owner), CancellationToken.None);

    private async Task<List<Alert>> AlertsAsync()
    {
        await using var db = world.Db.CreateDbContext();
        return await db.Alerts.Where(a => a.WorkspaceId == world.Workspace).OrderBy(a => a.SeriesKey).ToListAsync();
    }

    [Fact]
    public void A_day_is_due_once_it_has_closed_both_locally_and_in_UTC_and_settled()
    {
        // Stockholm (UTC+2 in April): the local day ends 22:00 UTC, the UTC day later, at midnight; +30 minutes.
        Assert.Equal(new DateOnly(2026, 4, 14), RaiseAlerts.LastClosedDay("Europe/Stockholm", new(2026, 4, 16, 0, 29, 0, TimeSpan.Zero), 30));
        Assert.Equal(new DateOnly(2026, 4, 15), RaiseAlerts.LastClosedDay("Europe/Stockholm", new(2026, 4, 16, 0, 30, 0, TimeSpan.Zero), 30));
        // New York (UTC-4): the local day ends at 04:00 UTC of the next day.
        Assert.Equal(new DateOnly(2026, 4, 14), RaiseAlerts.LastClosedDay("America/New_York", new(2026, 4, 16, 4, 29, 0, TimeSpan.Zero), 30));
        Assert.Equal(new DateOnly(2026, 4, 15), RaiseAlerts.LastClosedDay("America/New_York", new(2026, 4, 16, 4, 30, 0, TimeSpan.Zero), 30));
        // The autumn change in Stockholm (25 October 2026, a 25-hour day) still ends at midnight UTC+1 = 23:00 UTC.
        Assert.Equal(new DateOnly(2026, 10, 25), RaiseAlerts.LastClosedDay("Europe/Stockholm", new(2026, 10, 26, 0, 30, 0, TimeSpan.Zero), 30));
    }

    [Fact]
    public async Task The_bad_day_is_raised_after_it_closes_once_with_webhook_and_mail_and_extended_the_next_day()
    {
        await world.AddMemberAsync("manager@nordvik.example", "Maja");
        Assert.Equal(CommandStatus.Ok, (await new SubscribeToAlerts(world.Db, clock).HandleAsync(new SubscribeToAlertsCommand(world.Workspace, "manager@nordvik.example", true), CancellationToken.None)).Status);
        var hook = await new CreateWebhook(world.Db, clock).HandleAsync(new CreateWebhookCommand(world.Workspace, JsonNode.Parse($$"""{"url": "{{receiver.Url}}", "events": ["alert.raised"]}""")), CancellationToken.None);
        receiver.Secret = hook.Value!.Secret;

        // 00:20 UTC: 15 April has closed in Stockholm but not yet as a UTC day; the first run judges the 14th only.
        var early = await RunAsync();
        Assert.Equal([(world.Workspace, BadDay.AddDays(-1))], early.Judged);
        Assert.Empty(await AlertsAsync());

        clock.SetUtcNow(new DateTimeOffset(2026, 4, 16, 0, 35, 0, TimeSpan.Zero));
        var result = await RunAsync();
        Assert.Equal([(world.Workspace, BadDay)], result.Judged);
        var alerts = await AlertsAsync();
        // The touchpoint's series and the whole workspace's (all answers are at home-delivery) both fell.
        Assert.Equal(["day|csat|touchpoint|touchpoint|home-delivery", "day|csat|workspace||"], alerts.Select(a => a.SeriesKey));
        var alert = alerts[0];
        Assert.Equal((BadDay, 20.0, 80.0, 20L, AlertStatus.Open), (alert.Period, alert.Observed, alert.Expected, alert.N, alert.Status));
        Assert.True(alert.Score < -3.5 && alert.ExpectedLow > 20 && alert.ExpectedHigh > 80, $"{alert.Score} {alert.ExpectedLow} {alert.ExpectedHigh}");
        Assert.StartsWith("Daily CSAT at home-delivery fell to 20.0 on 2026-04-15 (expected 80.0, ", alert.Title, StringComparison.Ordinal);
        Assert.StartsWith("CSAT changed by -60.0 CSAT points, from 80.0 (n = 560) to 20.0 (n = 20)", alert.Summary, StringComparison.Ordinal);
        Assert.Equal("csat", JsonNode.Parse(alert.Explanation)!["metric"]!.GetValue<string>());

        // A second instance at the same time, and the first one again: nothing more.
        Assert.Empty((await RunAsync("instance-b")).Judged);
        Assert.Empty((await RunAsync()).Judged);

        // A watermark that was lost (restored backup, say) makes the day be judged again: the unique key keeps one alert each.
        await using (var db = world.Db.CreateDbContext())
        {
            await db.AlertWatches.Where(w => w.WorkspaceId == world.Workspace).ExecuteUpdateAsync(s => s.SetProperty(w => w.JudgedThrough, BadDay.AddDays(-1)));
        }

        Assert.Equal([(world.Workspace, BadDay)], (await RunAsync("instance-b")).Judged);
        Assert.Equal(2, (await AlertsAsync()).Count);

        // The webhook and the e-mails go out from their outboxes, one per alert.
        await new DeliverWebhooks(world.Db, new WebhookTransport(new WebhookOptions { AllowPrivateNetworks = true }), new WebhookOptions { AllowPrivateNetworks = true }, clock)
            .HandleAsync(new DeliverWebhooksCommand(100), CancellationToken.None);
        Assert.Equal(2, receiver.Requests.Count);
        Assert.All(receiver.Requests, r => Assert.True(r.SignatureValid && r.Event == "alert.raised"));
        Assert.Contains(receiver.Requests, r => JsonNode.Parse(r.Body)!["data"]!["title"]!.GetValue<string>() == alert.Title);
        var settings = new EmailSettings { Host = "127.0.0.1", Port = smtp.Port, Security = "none", FromAddress = "ekko@nordvik.example" };
        Assert.Equal(new SendAlertMailsResult(2, 0, 0), await new SendAlertMails(world.Db, settings, clock).HandleAsync(new SendAlertMailsCommand(), CancellationToken.None));
        Assert.Equal(new SendAlertMailsResult(0, 0, 0), await new SendAlertMails(world.Db, settings, clock).HandleAsync(new SendAlertMailsCommand(), CancellationToken.None));
        Assert.Equal(2, smtp.Messages.Count);
        Assert.All(smtp.Messages, m => Assert.Equal("manager@nordvik.example", m.To.Mailboxes.Single().Address));
        Assert.Contains(smtp.Messages, m => m.Subject == $"[Nordvik] {alert.Title}" && m.TextBody?.Contains(alert.Summary, StringComparison.Ordinal) == true);

        // The 16th is as bad: the same alerts are extended, nothing new is raised or sent.
        clock.SetUtcNow(new DateTimeOffset(2026, 4, 17, 0, 35, 0, TimeSpan.Zero));
        var next = await RunAsync();
        Assert.Equal((0, 2), (next.Raised, next.Extended));
        alerts = await AlertsAsync();
        Assert.All(alerts, a => Assert.Equal((BadDay, BadDay.AddDays(1), 2), (a.Period, a.LastPeriod, a.Periods)));
        await using var check = world.Db.CreateDbContext();
        Assert.Equal(2, await check.WebhookDeliveries.CountAsync(d => d.WorkspaceId == world.Workspace));
        Assert.Equal(2, await check.AlertMails.CountAsync(m => m.WorkspaceId == world.Workspace));
    }

    [Fact]
    public async Task An_alert_becomes_one_action_plan_in_its_scope_and_one_case()
    {
        clock.SetUtcNow(new DateTimeOffset(2026, 4, 16, 0, 35, 0, TimeSpan.Zero));
        await RunAsync();
        var alert = (await AlertsAsync())[0];
        var plans = new CreateActionPlanFromAlert(world.Db, new Ekko.Core.Features.ActionPlans.CreateActionPlan(world.Db, clock),
            new Ekko.Core.Features.ActionPlans.GetActionPlan(world.Db, new QueryMetrics(indexes, world.Db), clock), clock);

        Assert.Equal(CommandStatus.Invalid, (await plans.HandleAsync(new CreateActionPlanFromAlertCommand(world.Workspace, alert.Id, JsonNode.Parse("""{"touchpoint": "home-delivery"}"""), "api-key:test"), CancellationToken.None)).Status);
        var plan = await plans.HandleAsync(new CreateActionPlanFromAlertCommand(world.Workspace, alert.Id, JsonNode.Parse("""{"owner": "manager@nordvik.example"}"""), "api-key:test"), CancellationToken.None);
        Assert.Equal(CommandStatus.Ok, plan.Status);
        Assert.Equal((Ekko.Core.Features.ActionPlans.ActionPlanOrigin.Alert, alert.Id.ToString(), Ekko.Analytics.Metric.Csat, "home-delivery", alert.Title),
            (plan.Value!.Origin, plan.Value.OriginRef, plan.Value.Metric, plan.Value.Touchpoint, plan.Value.Title));
        var again = await plans.HandleAsync(new CreateActionPlanFromAlertCommand(world.Workspace, alert.Id, null, "api-key:test"), CancellationToken.None);
        Assert.Equal(plan.Value.Id, again.Value!.Id);

        var cases = new CreateCaseFromAlert(world.Db, new Ekko.Core.Features.Cases.CreateCase(world.Db, clock), clock);
        var opened = await cases.HandleAsync(new CreateCaseFromAlertCommand(world.Workspace, alert.Id, JsonNode.Parse("""{"priority": "high"}"""), "api-key:test"), CancellationToken.None);
        Assert.Equal(CommandStatus.Ok, opened.Status);
        Assert.Equal(("home-delivery", "delivery", Ekko.Core.Features.Cases.CasePriority.High, alert.Summary), (opened.Value!.Case.Touchpoint, opened.Value.Case.Team, opened.Value.Case.Priority, opened.Value.Case.Description));
        Assert.Equal(opened.Value.Case.Id, (await cases.HandleAsync(new CreateCaseFromAlertCommand(world.Workspace, alert.Id, null, "api-key:test"), CancellationToken.None)).Value!.Case.Id);

        var stored = (await AlertsAsync())[0];
        Assert.Equal((AlertStatus.Converted, plan.Value.Id, opened.Value.Case.Id), (stored.Status, stored.ActionPlanId, stored.CaseId));
        Assert.Equal(CommandStatus.Conflict, (await new DismissAlert(world.Db, clock).HandleAsync(new DismissAlertCommand(world.Workspace, alert.Id, "api-key:test"), CancellationToken.None)).Status);
        Assert.Equal(CommandStatus.Ok, (await new AcknowledgeAlert(world.Db, clock).HandleAsync(new AcknowledgeAlertCommand(world.Workspace, (await AlertsAsync())[1].Id, "user:maja"), CancellationToken.None)).Status);
        Assert.Equal(CommandStatus.NotFound, (await new AcknowledgeAlert(world.Db, clock).HandleAsync(new AcknowledgeAlertCommand(Guid.NewGuid(), alert.Id, "user:maja"), CancellationToken.None)).Status);
    }

    [Fact]
    public async Task At_most_MaxPerRun_alerts_a_day_the_strongest_first()
    {
        clock.SetUtcNow(new DateTimeOffset(2026, 4, 16, 0, 35, 0, TimeSpan.Zero));
        var result = await RunAsync(options: new AlertOptions { MaxPerRun = 1 });
        Assert.Equal(1, result.Raised);
        Assert.Single(await AlertsAsync());
    }

    [Fact]
    public async Task Too_few_answers_raise_nothing()
    {
        clock.SetUtcNow(new DateTimeOffset(2026, 4, 16, 0, 35, 0, TimeSpan.Zero));
        Assert.Equal(0, (await RunAsync(options: new AlertOptions { MinimumAnswers = 21 })).Raised);
        Assert.Empty(await AlertsAsync());
    }
}
