using System.Text.Json.Nodes;
using Ekko.Core.Features.Interactions;
using Ekko.Core.Features.Metrics;
using Ekko.Core.Features.Workspaces;
using Ekko.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Ekko.Core.Tests.Features.Metrics;

/// <summary>
/// Churn and cohort retention from stored interactions under a workspace's activity rule (orders, 30 days).
/// c1 orders Apr 20 and May 10; c2 orders Apr 25; c3 first orders May 15; c4 ordered Mar 1; c5 only viewed a page.
/// </summary>
public sealed class QueryChurnTests : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero));
    private TestDatabase db = null!;
    private Guid workspace;

    public async Task InitializeAsync()
    {
        db = await TestDatabase.CreateAsync();
        workspace = (await new CreateWorkspace(db, clock).HandleAsync(new CreateWorkspaceCommand("Org", "Shop", "shop"), CancellationToken.None)).Value!.Id;
        var rule = await new SetActivityRule(db).HandleAsync(
            new SetActivityRuleCommand(workspace, JsonNode.Parse("""{"types": ["order.placed"], "window_days": 30}""")), CancellationToken.None);
        Assert.Empty(rule.Errors);
        var events = new[]
        {
            ("c1", "order.placed", "2026-04-20"), ("c1", "order.placed", "2026-05-10"), ("c2", "order.placed", "2026-04-25"),
            ("c3", "order.placed", "2026-05-15"), ("c4", "order.placed", "2026-03-01"), ("c5", "page.view", "2026-04-28"),
        };
        var items = events.Select((e, i) => JsonNode.Parse($$"""{"id": "e-{{i}}", "type": "{{e.Item2}}", "customer_id": "{{e.Item1}}", "occurred_at": "{{e.Item3}}T12:00:00Z"}""")).ToList();
        Assert.True((await new IngestInteractions(db, clock, db.WriteGate).HandleAsync(new IngestInteractionsCommand(workspace, items), CancellationToken.None)).Accepted);
    }

    public async Task DisposeAsync() => await db.DisposeAsync();

    [Fact]
    public async Task Monthly_churn_counts_customers_active_at_the_start_and_leaves_out_those_acquired_during_the_month()
    {
        var answer = await new QueryChurn(db, clock).HandleAsync(new ChurnQuery(workspace, new DateOnly(2026, 4, 1), null), CancellationToken.None);

        // April 1: active means an order Mar 2-31, nobody (c4 ordered Mar 1); c1 and c2 are acquired in April.
        // May 1: c1 and c2 are active; on June 1 only c1 is (order May 10), so 1 of 2 is lost; c3 is acquired in May.
        // June has not ended on June 1, so it is not reported.
        Assert.Equal(
            [(new DateOnly(2026, 4, 1), 0L, 0L, 2L, (double?)null), (new DateOnly(2026, 5, 1), 2L, 1L, 1L, 50.0)],
            answer!.Periods.Select(p => (p.Start, p.CustomersAtStart, p.Lost, p.Acquired, p.Rate.Value)));
        Assert.Equal(["order.placed"], answer.Activity.Types);
        Assert.Equal(30, answer.Activity.WindowDays);
    }

    [Fact]
    public async Task Cohorts_follow_customers_from_their_first_active_month()
    {
        var answer = await new QueryRetention(db, clock).HandleAsync(new RetentionQuery(workspace, new DateOnly(2026, 3, 1)), CancellationToken.None);

        // March: c4, never active again at a month's end. April: c1 and c2, both active on May 1, only c1 on June 1. May: c3.
        Assert.Equal(
            [("2026-03", 1L, new double?[] { 0, 0, 0 }), ("2026-04", 2L, [100, 50]), ("2026-05", 1L, [100])],
            answer!.Cohorts.Select(c => (c.Month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), c.Size, c.Retention.Select(r => r.Value).ToArray())));
    }

    [Fact]
    public async Task An_activity_rule_without_types_or_with_a_bad_window_is_refused_with_named_fields()
    {
        var result = await new SetActivityRule(db).HandleAsync(
            new SetActivityRuleCommand(workspace, JsonNode.Parse("""{"types": [], "window_days": 0, "colour": "red"}""")), CancellationToken.None);

        Assert.Equal(["colour", "types", "window_days"], result.Errors.Select(e => e.Field).Order());
    }
}
