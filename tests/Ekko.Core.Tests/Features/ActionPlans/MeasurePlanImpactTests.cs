using System.Text.Json.Nodes;
using Ekko.Core.Features.ActionPlans;
using Ekko.Core.Features.Journeys;
using Ekko.Core.Features.Metrics;
using Ekko.Core.Formats;
using Ekko.Core.Tests.Features.Cases;

namespace Ekko.Core.Tests.Features.ActionPlans;

/// <summary>
/// A plan's impact against values computed by hand (the formulas of docs/closed-loop.md worked through
/// separately): the plan starts Monday 4 May 2026 with a 7-day window, so "after" is 4-10 May and "before"
/// 27 April-3 May; it is measured on 12 May.
/// </summary>
public sealed class MeasurePlanImpactTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Before = new(2026, 4, 28, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset After = new(2026, 5, 6, 12, 0, 0, TimeSpan.Zero);
    private ClosedLoopWorld world = null!;
    private int next;

    public async Task InitializeAsync()
    {
        world = await ClosedLoopWorld.CreateAsync();
        Assert.Equal(CommandStatus.Ok, (await new CreateTouchpoint(world.Db, world.Clock).HandleAsync(new CreateTouchpointCommand(world.Workspace, JsonNode.Parse(
            """{"key": "store", "name": "Store", "stage": "during_purchase", "category": "interaction"}""")), CancellationToken.None)).Status);
    }

    public async Task DisposeAsync() => await world.DisposeAsync();

    /// <summary>Stores <paramref name="count"/> answers of one score.</summary>
    private async Task AnswersAsync(int count, string metric, int score, DateTimeOffset at, string? touchpoint = null, string customer = "c-2")
    {
        var items = Enumerable.Range(0, count).Select(_ =>
            $$"""{"id": "r-{{next++}}", "customer_id": "{{customer}}", "metric": "{{metric}}", "score": {{score}}, "submitted_at": "{{at:O}}"{{(touchpoint is null ? "" : $", \"touchpoint\": \"{touchpoint}\"")}}}""");
        await world.RespondAsync([.. items]);
    }

    private async Task<ActionPlanView> PlanAsync(string body)
    {
        var created = await new CreateActionPlan(world.Db, world.Clock).HandleAsync(new CreateActionPlanCommand(world.Workspace, JsonNode.Parse(body)), CancellationToken.None);
        Assert.True(created.Status == CommandStatus.Ok, string.Join("; ", created.Errors));
        world.Clock.SetUtcNow(new DateTimeOffset(2026, 5, 12, 9, 0, 0, TimeSpan.Zero));
        return (await new GetActionPlan(world.Db, new QueryMetrics(new ResponseIndexes(world.Db), world.Db), world.Clock)
            .HandleAsync(new GetActionPlanQuery(world.Workspace, created.Value!.Id), CancellationToken.None))!;
    }

    [Fact]
    public async Task A_small_improvement_at_a_touchpoint_is_reported_with_its_wide_interval_as_not_significant()
    {
        // Before: 5 promoters, 3 passives, 2 detractors (NPS 30); after: 14, 4, 2 (NPS 60); answers elsewhere do not count.
        await AnswersAsync(5, "nps", 10, Before, "home-delivery");
        await AnswersAsync(3, "nps", 8, Before, "home-delivery");
        await AnswersAsync(2, "nps", 3, Before, "home-delivery");
        await AnswersAsync(14, "nps", 9, After, "home-delivery");
        await AnswersAsync(4, "nps", 7, After, "home-delivery");
        await AnswersAsync(2, "nps", 0, After, "home-delivery");
        await AnswersAsync(5, "nps", 0, After, "store");
        await AnswersAsync(5, "nps", 0, After);

        var plan = await PlanAsync("""{"title": "Call before delivery", "origin": "touchpoint", "origin_ref": "home-delivery", "owner": "cx@nordvik.example", "starts_on": "2026-05-04", "window_days": 7}""");
        var impact = plan.Impact!;

        Assert.Equal("home-delivery", plan.Touchpoint);
        Assert.Equal((new DateOnly(2026, 4, 27), new DateOnly(2026, 5, 3), new DateOnly(2026, 5, 4), new DateOnly(2026, 5, 10)), (impact.BeforeFrom, impact.BeforeTo, impact.AfterFrom, impact.AfterTo));
        Assert.Equal((30.0, 10L, 60.0, 20L), (impact.Before.Value!.Value, impact.Before.N, impact.After.Value!.Value, impact.After.N));
        // Difference 0.30; adjusted (n + 3) trinomial variances 0.0461994 and 0.0212460; se 0.259702; z 1.15517.
        Assert.Equal(30.0, impact.Change.Value!.Value, 9);
        Assert.Equal(-20.9007, impact.Change.Ci95!.Value.Low, 3);
        Assert.Equal(80.9007, impact.Change.Ci95!.Value.High, 3);
        Assert.Equal(0.24802, impact.Change.PValue!.Value, 4);
        Assert.False(impact.Significant);
        Assert.Equal("NPS at home-delivery +30.0 points (95% CI -20.9 to 80.9; n = 10 before, 20 after), not significant (p = 0.248); few answers, read with care", impact.Sentence);
    }

    [Fact]
    public async Task A_large_improvement_is_significant()
    {
        // Before: 30/40/30 (NPS 0); after: 60/25/15 (NPS 45).
        await AnswersAsync(30, "nps", 9, Before, "store");
        await AnswersAsync(40, "nps", 7, Before, "store");
        await AnswersAsync(30, "nps", 5, Before, "store");
        await AnswersAsync(60, "nps", 10, After, "store");
        await AnswersAsync(25, "nps", 8, After, "store");
        await AnswersAsync(15, "nps", 6, After, "store");

        var impact = (await PlanAsync("""{"title": "Queue-busting at the tills", "origin": "theme", "origin_ref": "waiting_time", "touchpoint": "store", "starts_on": "2026-05-04", "window_days": 7}""")).Impact!;

        Assert.Equal(24.2997, impact.Change.Ci95!.Value.Low, 3);
        Assert.Equal(65.7003, impact.Change.Ci95!.Value.High, 3);
        Assert.Equal(2.03758e-5, impact.Change.PValue!.Value, 9);
        Assert.Equal("NPS at store +45.0 points (95% CI 24.3 to 65.7; n = 100 before, 100 after), significant (p = 2.0e-5)", impact.Sentence);
    }

    [Fact]
    public async Task Csat_for_a_customer_segment_is_measured_in_percentage_points()
    {
        // VIP (Anna, c-1): 24 of 40 satisfied before, 36 of 40 after; members' answers are outside the scope.
        await AnswersAsync(24, "csat", 5, Before, customer: "c-1");
        await AnswersAsync(16, "csat", 2, Before, customer: "c-1");
        await AnswersAsync(36, "csat", 4, After, customer: "c-1");
        await AnswersAsync(4, "csat", 1, After, customer: "c-1");
        await AnswersAsync(20, "csat", 1, After, customer: "c-2");

        var impact = (await PlanAsync("""{"title": "VIP line", "origin": "insight", "origin_ref": "VIPs wait too long on the phone", "metric": "csat", "filters": {"customer.segment": ["vip"]}, "starts_on": "2026-05-04", "window_days": 7}""")).Impact!;

        // Pooled z-test p = 0.0019458; Newcombe hybrid score interval from the Wilson intervals of 0.60 and 0.90.
        Assert.Equal((60.0, 90.0), (impact.Before.Value!.Value, impact.After.Value!.Value));
        Assert.Equal(11.1130, impact.Change.Ci95!.Value.Low, 3);
        Assert.Equal(46.5467, impact.Change.Ci95!.Value.High, 3);
        Assert.Equal("CSAT for customer.segment = vip +30.0 percentage points (95% CI 11.1 to 46.5; n = 40 before, 40 after), significant (p = 0.002)", impact.Sentence);
    }

    [Fact]
    public async Task A_plan_that_starts_today_is_not_measured_yet_and_a_plan_needs_what_it_came_from()
    {
        var created = await new CreateActionPlan(world.Db, world.Clock).HandleAsync(new CreateActionPlanCommand(world.Workspace, JsonNode.Parse(
            """{"title": "Fix tracking page", "origin": "theme", "origin_ref": "delivery"}""")), CancellationToken.None);
        var impact = (await new GetActionPlan(world.Db, new QueryMetrics(new ResponseIndexes(world.Db), world.Db), world.Clock)
            .HandleAsync(new GetActionPlanQuery(world.Workspace, created.Value!.Id), CancellationToken.None))!.Impact!;
        var refused = await new CreateActionPlan(world.Db, world.Clock).HandleAsync(new CreateActionPlanCommand(world.Workspace, JsonNode.Parse(
            """{"title": "x", "origin": "alert", "touchpoint": "nowhere", "window_days": 0}""")), CancellationToken.None);

        Assert.Equal(new DateOnly(2026, 5, 4), created.Value.StartsOn);
        Assert.Equal("NPS overall: not measured yet", impact.Sentence);
        Assert.Null(impact.Change.Value);
        Assert.Equal(["origin_ref", "window_days", "touchpoint"], refused.Errors.Select(e => e.Field));
    }

    [Fact]
    public async Task A_plan_links_cases_and_announces_its_changes_with_the_impact_sentence()
    {
        await world.AddRuleAsync("""{"name": "detractors", "metric": "nps", "max_score": 6}""");
        await AnswersAsync(1, "nps", 2, world.Clock.GetUtcNow(), "home-delivery", customer: "c-1");
        var caseId = Assert.Single(await world.InboxAsync()).Id;
        Assert.Equal(CommandStatus.Ok, (await new Ekko.Core.Features.Integrations.CreateWebhook(world.Db, world.Clock).HandleAsync(new Ekko.Core.Features.Integrations.CreateWebhookCommand(
            world.Workspace, JsonNode.Parse("""{"url": "https://hooks.example/plans", "events": ["action_plan.updated"]}""")), CancellationToken.None)).Status);

        var created = await new CreateActionPlan(world.Db, world.Clock).HandleAsync(new CreateActionPlanCommand(world.Workspace, JsonNode.Parse(
            $$"""{"title": "Call before delivery", "origin": "touchpoint", "origin_ref": "home-delivery", "cases": ["{{caseId}}"]}""")), CancellationToken.None);
        var updated = await new UpdateActionPlan(world.Db, new QueryMetrics(new ResponseIndexes(world.Db), world.Db), world.Clock).HandleAsync(
            new UpdateActionPlanCommand(world.Workspace, created.Value!.Id, JsonNode.Parse("""{"status": "in_progress", "owner": "lena@nordvik.example"}""")), CancellationToken.None);

        Assert.Equal((ActionPlanStatus.InProgress, "lena@nordvik.example"), (updated.Value!.Status, updated.Value.Owner));
        var listed = Assert.Single(await new ListActionPlans(world.Db).HandleAsync(new ListActionPlansQuery(world.Workspace), CancellationToken.None));
        Assert.Equal([caseId], listed.Cases);
        Assert.Equal([created.Value.Id], (await world.CaseAsync(caseId)).ActionPlans);
        await using var db = world.Db.CreateDbContext();
        var events = (await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(db.WebhookDeliveries))
            .Select(d => JsonNode.Parse(d.Payload)!["data"]!).OrderBy(d => (string)d["status"]! == "planned" ? 0 : 1).ToList();
        Assert.Equal(["planned", "in_progress"], events.Select(e => (string)e["status"]!));
        Assert.Equal("NPS at home-delivery: not measured yet", (string?)events[1]["impact"]);
    }
}
