using System.Text.Json.Nodes;
using Ekko.Analytics;
using Ekko.Core.Data;
using Ekko.Core.Features.Dashboards;
using Ekko.Core.Features.Interactions;
using Ekko.Core.Features.Journeys;
using Ekko.Core.Features.Responses;
using Ekko.Core.Features.Workspaces;
using Ekko.Core.Formats;
using Ekko.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Ekko.Core.Tests.Features.Dashboards;

/// <summary>The overview and the journey map on a small data set whose numbers are counted by hand here.</summary>
public sealed class DashboardQueriesTests : IAsyncLifetime
{
    private static readonly DateOnly From = new(2026, 5, 1);
    private static readonly DateOnly To = new(2026, 5, 31);
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero));
    private TestDatabase db = null!;
    private ServiceProvider services = null!;
    private Guid workspace;

    public async Task InitializeAsync()
    {
        db = await TestDatabase.CreateAsync();
        services = new ServiceCollection().AddLogging().AddEkkoCore()
            .AddSingleton<IDbContextFactory<EkkoDbContext>>(db).AddSingleton(db.WriteGate).AddSingleton<TimeProvider>(clock)
            .BuildServiceProvider();
        workspace = (await services.GetRequiredService<CreateWorkspace>().HandleAsync(new CreateWorkspaceCommand("Org", "Shop", "shop"), CancellationToken.None)).Value!.Id;
        foreach (var key in new[] { "delivery", "checkout", "web" })
        {
            var body = JsonNode.Parse($$"""{"key": "{{key}}", "name": "The {{key}}", "stage": "during_purchase", "category": "interaction"}""");
            await services.GetRequiredService<CreateTouchpoint>().HandleAsync(new CreateTouchpointCommand(workspace, body), CancellationToken.None);
        }

        // The journey puts web first, then checkout, then delivery: the map and the heatmap follow it, not the key order.
        var journey = JsonNode.Parse("""{"key": "buy", "name": "Buying", "stages": [{"name": "Choose", "touchpoints": ["web"]}, {"name": "Buy", "touchpoints": ["checkout"]}, {"name": "Receive", "touchpoints": ["delivery"]}]}""");
        Assert.Equal(CommandStatus.Ok, (await services.GetRequiredService<CreateJourney>().HandleAsync(new CreateJourneyCommand(workspace, journey), CancellationToken.None)).Status);

        // May: checkout NPS 10, 9, 9, 3 (2 promoters... 3 promoters, 1 detractor of 4: +50); delivery NPS 2, 5, 8, 10 (1 promoter, 2 detractors: -25);
        // overall NPS over the 8 answers: 4 promoters, 3 detractors = +12.5. April (the period before): checkout 10, 10 (+100).
        var answers = new (string Touchpoint, int Score, string Day)[]
        {
            ("checkout", 10, "2026-05-02"), ("checkout", 9, "2026-05-03"), ("checkout", 9, "2026-05-04"), ("checkout", 3, "2026-05-05"),
            ("delivery", 2, "2026-05-06"), ("delivery", 5, "2026-05-07"), ("delivery", 8, "2026-05-08"), ("delivery", 10, "2026-05-09"),
            ("checkout", 10, "2026-04-10"), ("checkout", 10, "2026-04-11"),
        };
        var items = new JsonArray([.. answers.Select((a, i) => (JsonNode)JsonNode.Parse($$"""
            {"id": "r-{{i}}", "survey": "s", "customer_id": "c-{{i % 3}}", "touchpoint": "{{a.Touchpoint}}", "channel": "email",
             "submitted_at": "{{a.Day}}T10:00:00Z", "metric": "nps", "score": {{a.Score}}}
            """)!)]);
        var ingested = await services.GetRequiredService<IngestResponses>().HandleAsync(new IngestResponsesCommand(workspace, [.. items]), CancellationToken.None);
        Assert.True(ingested.Accepted, string.Join("; ", ingested.Errors));

        // Customer c-0: web at 08:00, checkout at 10:00, delivery two days later; c-1: web then checkout an hour later.
        var events = JsonNode.Parse("""
            [{"id": "e-1", "type": "page.viewed", "customer_id": "c-0", "touchpoint": "web", "occurred_at": "2026-05-02T08:00:00Z"},
             {"id": "e-2", "type": "order.placed", "customer_id": "c-0", "touchpoint": "checkout", "occurred_at": "2026-05-02T10:00:00Z"},
             {"id": "e-3", "type": "order.delivered", "customer_id": "c-0", "touchpoint": "delivery", "occurred_at": "2026-05-04T10:00:00Z"},
             {"id": "e-4", "type": "page.viewed", "customer_id": "c-1", "touchpoint": "web", "occurred_at": "2026-05-03T08:00:00Z"},
             {"id": "e-5", "type": "order.placed", "customer_id": "c-1", "touchpoint": "checkout", "occurred_at": "2026-05-03T09:00:00Z"}]
            """)!.AsArray();
        Assert.True((await services.GetRequiredService<IngestInteractions>().HandleAsync(new IngestInteractionsCommand(workspace, [.. events]), CancellationToken.None)).Accepted);
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await db.DisposeAsync();
    }

    [Fact]
    public async Task The_overview_shows_the_hand_counted_NPS_and_its_heatmap_in_journey_order()
    {
        var overview = await services.GetRequiredService<GetOverview>().HandleAsync(new OverviewQuery(workspace, From, To, new Dictionary<string, IReadOnlyCollection<string>>()), CancellationToken.None);

        Assert.Null(overview.FilterError);
        var nps = overview.Headline[Metric.Nps]!;
        Assert.Equal(12.5, nps.Estimate.Value!.Value, 6);
        Assert.Equal(8, nps.Estimate.N);
        Assert.Equal(100, nps.Previous.Value!.Value, 6); // April's two 10s
        Assert.Equal(["checkout", "delivery"], overview.Heatmap.Select(r => r.Touchpoint));
        Assert.Equal(["Buy", "Receive"], overview.Heatmap.Select(r => r.Stage));
        // A month is shown by week (weeks start on Monday): 27 April holds checkout's 10 and 9 (+100), 4 May its
        // 9 and 3 (0) and all four delivery answers (-25).
        Assert.Equal([new DateOnly(2026, 4, 27), new DateOnly(2026, 5, 4)], overview.HeatmapPeriods);
        Assert.Equal([100.0, 0.0], overview.Heatmap[0].Cells.Select(c => Math.Round(c!.Estimate.Value!.Value, 6)));
        Assert.Null(overview.Heatmap[1].Cells[0]);
        Assert.Equal(-25, overview.Heatmap[1].Cells[1]!.Estimate.Value!.Value, 6);

        var filtered = await services.GetRequiredService<GetOverview>().HandleAsync(
            new OverviewQuery(workspace, From, To, new Dictionary<string, IReadOnlyCollection<string>> { ["stage"] = ["Receive"] }), CancellationToken.None);
        Assert.Equal(-25, filtered.Headline[Metric.Nps]!.Estimate.Value!.Value, 6);
    }

    [Fact]
    public async Task The_journey_map_has_each_touchpoints_score_and_the_customers_flow_with_its_waits()
    {
        var result = await services.GetRequiredService<GetJourneyMap>().HandleAsync(new JourneyMapQuery(workspace, null, From, To, new Dictionary<string, IReadOnlyCollection<string>>()), CancellationToken.None);

        var map = result.Value!;
        Assert.Equal(["Choose", "Buy", "Receive"], map.Stages.Select(s => s.Name));
        var checkout = map.Stages[1].Touchpoints.Single();
        Assert.Equal((Metric?)Metric.Nps, checkout.Metric);
        Assert.Equal(50, checkout.Score!.Estimate.Value!.Value, 6);
        Assert.Null(map.Stages[0].Touchpoints.Single().Score);

        var flows = map.Flows.ToDictionary(f => (f.From, f.To));
        Assert.Equal(2, flows[("web", "checkout")].Customers);
        Assert.Equal(TimeSpan.FromHours(1.5), flows[("web", "checkout")].MedianWait); // 2 h and 1 h
        Assert.Equal(TimeSpan.FromHours(48), flows[("checkout", "delivery")].MedianWait);
        Assert.Equal(5, map.Events);
    }
}
