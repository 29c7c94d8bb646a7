using System.Globalization;
using System.Text.Json.Nodes;
using Ekko.Core.Features.Cases;
using Ekko.Core.Features.Customers;
using Ekko.Core.Features.Insights.Churn;
using Ekko.Core.Features.Interactions;
using Ekko.Core.Features.Responses;
using Ekko.Core.Features.Workspaces;
using Ekko.Core.Formats;
using Ekko.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Ekko.Core.Tests.Features.Insights.Churn;

/// <summary>
/// The training job on a workspace whose history has a known churn behaviour: 300 customers order about
/// monthly; a customer who answers as a detractor stops ordering two weeks later with probability 0.8. The job
/// learns it out of time, stores the model and the ranked list, and at-risk customers become cases once.
/// </summary>
public sealed class TrainChurnModelsTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider clock = new(Start);
    private TestDatabase db = null!;
    private Guid workspace;

    public async Task InitializeAsync()
    {
        db = await TestDatabase.CreateAsync();
        workspace = (await new CreateWorkspace(db, clock).HandleAsync(new CreateWorkspaceCommand("Org", "shop", "shop"), CancellationToken.None)).Value!.Id;
    }

    public async Task DisposeAsync() => await db.DisposeAsync();

    [Fact]
    public async Task Learns_the_planted_churn_out_of_time_and_ranks_the_let_down_customers_first()
    {
        await SeedAsync();
        clock.SetUtcNow(new DateTimeOffset(2026, 1, 1, 3, 0, 0, TimeSpan.Zero));

        var result = await Train("a");
        var again = await Train("a");

        Assert.Equal((1, 0), (result.Trained, result.WithoutModel));
        Assert.Equal(0, again.Trained + again.WithoutModel);
        var model = await new GetChurnModel(db).HandleAsync(new GetChurnModelQuery(workspace), CancellationToken.None);
        Assert.Equal("trained", (string?)model["status"]);
        var evaluation = model["evaluation"]!;
        Assert.Equal("2025-10-03", (string?)evaluation["test_snapshot"]);
        Assert.True((double)evaluation["auc"]! >= 0.75, model.ToJsonString());
        Assert.True((double)evaluation["lift_top_decile"]! > 1.5, model.ToJsonString());
        Assert.True((int)evaluation["n"]! > 100);

        var page = await new ListChurnRisk(db).HandleAsync(new ListChurnRiskQuery(workspace, Limit: 20), CancellationToken.None);
        Assert.Equal(Enumerable.Range(1, 20), page.Items.Select(i => i.Rank));
        Assert.True(page.Items.Zip(page.Items.Skip(1)).All(p => p.First.Probability >= p.Second.Probability));
        Assert.True(page.Items.Count(i => i.Signals.Any(s => s.Contains("negative answer", StringComparison.Ordinal))) >= 10,
            string.Join(" | ", page.Items.SelectMany(i => i.Signals)));
        var next = await new ListChurnRisk(db).HandleAsync(new ListChurnRiskQuery(workspace, page.NextCursor, 20), CancellationToken.None);
        Assert.Equal(21, next.Items[0].Rank);

        // A request trains again; the nightly round does too, a day later.
        clock.Advance(TimeSpan.FromMinutes(5));
        await new RequestChurnTraining(db, clock, db.WriteGate).HandleAsync(new RequestChurnTrainingCommand(workspace), CancellationToken.None);
        Assert.Equal(1, (await Train("b")).Trained);
        clock.Advance(TimeSpan.FromHours(25));
        Assert.Equal(1, (await Train("b")).Trained);
    }

    [Fact]
    public async Task At_risk_customers_become_cases_once_and_unknown_ones_are_refused_by_position()
    {
        await SeedAsync();
        clock.SetUtcNow(new DateTimeOffset(2026, 1, 1, 3, 0, 0, TimeSpan.Zero));
        await Train("a");
        var top = (await new ListChurnRisk(db).HandleAsync(new ListChurnRiskQuery(workspace, Limit: 2), CancellationToken.None)).Items;
        var create = new CreateChurnCases(db, new CreateCase(db, clock));
        JsonNode Body(params string[] customers) => new JsonObject { ["customers"] = new JsonArray([.. customers.Select(c => (JsonNode?)c)]), ["priority"] = "high" };

        var first = await create.HandleAsync(new CreateChurnCasesCommand(workspace, Body(top[0].Customer, top[1].Customer), "test"), CancellationToken.None);
        var second = await create.HandleAsync(new CreateChurnCasesCommand(workspace, Body(top[0].Customer), "test"), CancellationToken.None);
        var unknown = await create.HandleAsync(new CreateChurnCasesCommand(workspace, Body(top[0].Customer, "nobody"), "test"), CancellationToken.None);

        Assert.Equal(CommandStatus.Ok, first.Status);
        Assert.Equal([top[0].Customer, top[1].Customer], first.Value!.Created.Select(c => c.Customer));
        Assert.Empty(second.Value!.Created);
        Assert.Equal(first.Value.Created[0].CaseId, Assert.Single(second.Value.Existing).CaseId);
        Assert.Equal("customers[1]", Assert.Single(unknown.Errors).Field);
        await using var context = db.CreateDbContext();
        var cases = await context.Cases.Where(c => c.WorkspaceId == workspace).ToListAsync();
        Assert.Equal(2, cases.Count);
        Assert.All(cases, c => Assert.Equal(CasePriority.High, c.Priority));
        Assert.All(cases, c => Assert.Contains("within 90 days", c.Description, StringComparison.Ordinal));
    }

    private Task<TrainChurnModelsResult> Train(string owner) =>
        new TrainChurnModels(db, clock, db.WriteGate).HandleAsync(new TrainChurnModelsCommand(owner), CancellationToken.None);

    private async Task SeedAsync()
    {
        var random = new Random(7);
        var customers = new List<JsonNode?>();
        var interactions = new List<JsonNode?>();
        var responses = new List<JsonNode?>();
        for (var c = 1; c <= 300; c++)
        {
            var id = $"c-{c:D3}";
            customers.Add(new JsonObject { ["id"] = id, ["created_at"] = Iso(Start.AddDays(-random.Next(30, 900))) });
            DateTimeOffset? leaves = null;
            var at = Start.AddDays(random.Next(0, 40));
            for (var n = 0; at < Start.AddDays(365); n++)
            {
                if (leaves is { } l && at >= l)
                {
                    break;
                }

                interactions.Add(new JsonObject { ["id"] = $"e-{id}-{n}", ["type"] = "order.placed", ["customer_id"] = id, ["occurred_at"] = Iso(at) });
                if (random.NextDouble() < 0.35)
                {
                    var detractor = random.NextDouble() < 0.2;
                    var answeredAt = at.AddDays(2);
                    responses.Add(new JsonObject
                    {
                        ["id"] = $"r-{id}-{n}", ["survey"] = "post-purchase", ["customer_id"] = id, ["submitted_at"] = Iso(answeredAt),
                        ["metric"] = "nps", ["score"] = detractor ? random.Next(0, 7) : random.Next(7, 11),
                    });
                    if (detractor && leaves is null && random.NextDouble() < 0.8)
                    {
                        leaves = answeredAt.AddDays(14);
                    }
                }

                at = at.AddDays(random.Next(15, 60));
            }
        }

        await new UpsertCustomers(db, clock, db.WriteGate).HandleAsync(new UpsertCustomersCommand(workspace, customers), CancellationToken.None);
        foreach (var batch in interactions.Chunk(1000))
        {
            await new IngestInteractions(db, clock, db.WriteGate).HandleAsync(new IngestInteractionsCommand(workspace, batch), CancellationToken.None);
        }

        await new IngestResponses(db, clock, db.WriteGate).HandleAsync(new IngestResponsesCommand(workspace, responses), CancellationToken.None);
    }

    private static string Iso(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
