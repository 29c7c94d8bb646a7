using System.Text.Json.Nodes;
using Ekko.Core.Features.Cases;
using Ekko.Core.Features.Customers;
using Ekko.Core.Features.Integrations;
using Ekko.Core.Features.Responses;
using Ekko.Core.Formats;
using Microsoft.EntityFrameworkCore;

namespace Ekko.Core.Tests.Features.Cases;

/// <summary>Cases opened from stored responses: rules, assignment, priority, de-duplication, and exactly-once under replays and races.</summary>
public sealed class RuleCasesTests : IAsyncLifetime
{
    private ClosedLoopWorld world = null!;

    public async Task InitializeAsync()
    {
        world = await ClosedLoopWorld.CreateAsync();
        await world.AddRuleAsync("""{"name": "churn words", "position": 1, "keywords": ["säga upp", "si opp", "opsige", "cancel*"], "priority": "high"}""");
        await world.AddRuleAsync("""{"name": "detractors", "position": 2, "metric": "nps", "max_score": 6, "raise_priority": {"attribute": "lifetime_value", "at_least": 10000}}""");
        await world.AddRuleAsync("""{"name": "unhappy vip", "position": 3, "metric": "csat", "max_score": 2, "customer_attribute": "segment", "customer_attribute_value": "vip", "priority": "urgent"}""");
    }

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task Detractors_open_cases_for_the_touchpoints_team_in_turn_with_priority_and_clocks()
    {
        await world.RespondAsync(
            """{"id": "r-1", "customer_id": "c-1", "touchpoint": "home-delivery", "metric": "nps", "score": 3, "comment": "Paketet kom en vecka för sent"}""",
            """{"id": "r-2", "customer_id": "c-2", "touchpoint": "home-delivery", "metric": "nps", "score": 6}""",
            """{"id": "r-3", "customer_id": "c-2", "touchpoint": "home-delivery", "metric": "nps", "score": 9}""");

        var inbox = (await world.InboxAsync()).OrderBy(c => c.Number).ToList();
        Assert.Equal(2, inbox.Count);
        var anna = inbox[0];
        Assert.Equal((1, "c-1", "r-1", "home-delivery", "detractors", "delivery", "agent1@nordvik.example"), (anna.Number, anna.Customer, anna.Response, anna.Touchpoint, anna.Rule, anna.Team, anna.Assignee));
        Assert.Equal("NPS 3 from Anna Berg at home-delivery", anna.Title);
        Assert.Equal("Paketet kom en vecka för sent", anna.Description);
        Assert.Equal(CasePriority.High, anna.Priority); // normal, raised for a lifetime value of 18,400
        Assert.Equal((2, "agent2@nordvik.example", CasePriority.Normal), (inbox[1].Number, inbox[1].Assignee, inbox[1].Priority));
        // Monday 10:00 local + 8 business hours (09-17) = Tuesday 10:00 local; + 40 h = next Monday 10:00.
        Assert.Equal(new DateTimeOffset(2026, 5, 5, 8, 0, 0, TimeSpan.Zero), anna.FirstContactDueAt);
        Assert.Equal(new DateTimeOffset(2026, 5, 11, 8, 0, 0, TimeSpan.Zero), anna.ResolutionDueAt);
        Assert.Equal("on_track", anna.Sla);
        var created = Assert.Single((await world.CaseAsync(anna.Id)).Trail);
        Assert.Equal(("rule:detractors", "created", "rule 'detractors': NPS 3 <= 6 (response r-1)"), (created.Actor, created.Kind, created.Text));
    }

    [Fact]
    public async Task Churn_words_and_unhappy_vips_open_cases_by_the_first_rule_that_matches()
    {
        await world.RespondAsync(
            """{"id": "r-1", "customer_id": "c-2", "comment": "Jag vill säga upp mitt medlemskap"}""",
            """{"id": "r-2", "customer_id": "c-1", "metric": "csat", "score": 2}""");

        var inbox = (await world.InboxAsync()).OrderBy(c => c.Number).ToList();
        Assert.Equal(("churn words", CasePriority.High, "Comment from Bo Ek"), (inbox[0].Rule, inbox[0].Priority, inbox[0].Title));
        Assert.Equal(("unhappy vip", CasePriority.Urgent), (inbox[1].Rule, inbox[1].Priority));
        // Neither has a touchpoint and the rules name no team: nobody is assigned yet.
        Assert.All(inbox, c => Assert.Null(c.Assignee));
    }

    [Fact]
    public async Task A_customer_gets_one_rule_case_per_period_and_later_matches_join_its_trail()
    {
        await world.RespondAsync("""{"id": "r-1", "customer_id": "c-1", "metric": "nps", "score": 2}""");
        await world.RespondAsync("""{"id": "r-1", "customer_id": "c-1", "metric": "nps", "score": 2}"""); // replay
        world.Clock.Advance(TimeSpan.FromDays(3));
        await world.RespondAsync(
            """{"id": "r-2", "customer_id": "c-1", "metric": "nps", "score": 4}""",
            """{"id": "r-3", "customer_id": "c-1", "comment": "I will cancel"}""");

        var only = Assert.Single(await world.InboxAsync());
        var trail = (await world.CaseAsync(only.Id)).Trail;
        Assert.Equal(["created", "response_linked", "response_linked"], trail.Select(e => e.Kind));
        Assert.Equal("response r-2 also matched: rule 'detractors': NPS 4 <= 6", trail[1].Text);
        Assert.Equal("response r-3 also matched: rule 'churn words': comment mentions \"cancel*\"", trail[2].Text);

        world.Clock.Advance(TimeSpan.FromDays(5)); // 8 days after the first case: a new period
        await world.RespondAsync("""{"id": "r-4", "customer_id": "c-1", "metric": "nps", "score": 1}""");
        Assert.Equal(2, (await world.InboxAsync()).Count);
    }

    [Fact]
    public async Task Several_matches_of_one_customer_in_one_batch_open_one_case()
    {
        await world.RespondAsync(
            """{"id": "r-1", "customer_id": "c-2", "metric": "nps", "score": 0}""",
            """{"id": "r-2", "customer_id": "c-2", "metric": "nps", "score": 1}""");

        var only = Assert.Single(await world.InboxAsync());
        Assert.Equal(["created", "response_linked"], (await world.CaseAsync(only.Id)).Trail.Select(e => e.Kind));
    }

    [Fact]
    public async Task Promoters_anonymous_answers_and_imported_history_open_nothing()
    {
        await world.RespondAsync(
            """{"id": "r-1", "customer_id": "c-1", "metric": "nps", "score": 10}""",
            """{"id": "r-2", "metric": "nps", "score": 0}""",
            $$"""{"id": "r-3", "customer_id": "c-2", "metric": "nps", "score": 0, "submitted_at": "{{ClosedLoopWorld.Monday10.AddDays(-15):O}}"}""");

        Assert.Empty(await world.InboxAsync());
    }

    [Fact]
    public async Task Concurrent_batches_for_one_customer_open_exactly_one_case()
    {
        var batches = Enumerable.Range(0, 8).Select(i => Task.Run(() => world.RespondAsync($$"""{"id": "r-{{i}}", "customer_id": "c-2", "metric": "nps", "score": 3}"""))).ToList();
        await Task.WhenAll(batches);

        var only = Assert.Single(await world.InboxAsync());
        Assert.Equal(7, (await world.CaseAsync(only.Id)).Trail.Count(e => e.Kind == "response_linked"));
    }

    [Fact]
    public async Task The_case_and_its_webhooks_are_stored_with_the_response_and_shown_on_the_timeline()
    {
        Assert.Equal(CommandStatus.Ok, (await new CreateWebhook(world.Db, world.Clock).HandleAsync(new CreateWebhookCommand(world.Workspace, JsonNode.Parse(
            """{"url": "https://hooks.example/ekko", "events": ["response.created", "case.created"]}""")), CancellationToken.None)).Status);

        await world.RespondAsync("""{"id": "r-1", "customer_id": "c-1", "touchpoint": "home-delivery", "metric": "nps", "score": 3}""");

        await using var db = world.Db.CreateDbContext();
        var deliveries = await db.WebhookDeliveries.OrderBy(d => d.EventType).ToListAsync();
        Assert.Equal(["case.created", "response.created"], deliveries.Select(d => d.EventType));
        var caseEvent = JsonNode.Parse(deliveries[0].Payload)!;
        Assert.Equal(("case.created", 1, "agent1@nordvik.example", "c-1"), ((string)caseEvent["type"]!, (int)caseEvent["data"]!["number"]!, (string?)caseEvent["data"]!["assignee"], (string?)caseEvent["data"]!["customer"]));
        Assert.Equal(("r-1", 3), ((string)JsonNode.Parse(deliveries[1].Payload)!["data"]!["id"]!, (int)JsonNode.Parse(deliveries[1].Payload)!["data"]!["score"]!));

        var timeline = await new GetCustomerTimeline(world.Db).HandleAsync(new GetCustomerTimelineQuery(world.Workspace, "c-1"), CancellationToken.None);
        Assert.Equal(["case", "response"], timeline!.Items.Select(e => e.Kind));
        Assert.Equal((1L, "new", "NPS 3 from Anna Berg at home-delivery"), (timeline.Items[0].CaseNumber, timeline.Items[0].Status, timeline.Items[0].Title));
        var firstPage = await new GetCustomerTimeline(world.Db).HandleAsync(new GetCustomerTimelineQuery(world.Workspace, "c-1", Limit: 1), CancellationToken.None);
        var secondPage = await new GetCustomerTimeline(world.Db).HandleAsync(new GetCustomerTimelineQuery(world.Workspace, "c-1", firstPage!.NextCursor, Limit: 1), CancellationToken.None);
        Assert.Equal(["case", "response"], firstPage.Items.Concat(secondPage!.Items).Select(e => e.Kind));
    }

    [Fact]
    public async Task Erasing_a_customer_erases_their_cases_and_trails()
    {
        await world.RespondAsync("""{"id": "r-1", "customer_id": "c-1", "metric": "nps", "score": 2}""", """{"id": "r-2", "customer_id": "c-2", "metric": "nps", "score": 2}""");

        var erased = await new Ekko.Core.Features.Privacy.EraseCustomer(world.Db, world.Clock, world.Db.WriteGate)
            .HandleAsync(new Ekko.Core.Features.Privacy.EraseCustomerCommand(world.Workspace, "c-1"), CancellationToken.None);

        Assert.Equal(CommandStatus.Ok, erased.Status);
        Assert.Equal("c-2", Assert.Single(await world.InboxAsync()).Customer);
        await using var db = world.Db.CreateDbContext();
        Assert.Equal(1, await db.CaseEvents.CountAsync());
    }

    [Fact]
    public async Task The_inbox_pages_through_cases_opened_at_the_same_instant_without_losing_or_repeating_one()
    {
        await world.AddMemberAsync("agent3@nordvik.example", "Alva");
        await new Ekko.Core.Features.Customers.UpsertCustomers(world.Db, world.Clock, world.Db.WriteGate).HandleAsync(new Ekko.Core.Features.Customers.UpsertCustomersCommand(world.Workspace,
            [.. Enumerable.Range(3, 5).Select(i => JsonNode.Parse($$"""{"id": "c-{{i}}", "name": "Customer {{i}}"}"""))]), CancellationToken.None);
        await world.RespondAsync([.. Enumerable.Range(3, 5).Select(i => $$"""{"id": "r-{{i}}", "customer_id": "c-{{i}}", "metric": "nps", "score": 0}""")]);

        var seen = new List<long>();
        string? cursor = null;
        do
        {
            var page = await new ListCases(world.Db, world.Clock).HandleAsync(new ListCasesQuery(world.Workspace, [], After: cursor, Limit: 2), CancellationToken.None);
            seen.AddRange(page.Items.Select(c => c.Number));
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        Assert.Equal([1L, 2, 3, 4, 5], seen.Order());
    }
}
