using System.Text.Json.Nodes;
using Ekko.Analytics;
using Ekko.Analytics.Columnar;
using Ekko.Core.Features.Customers;
using Ekko.Core.Features.Journeys;
using Ekko.Core.Features.Metrics;
using Ekko.Core.Features.Privacy;
using Ekko.Core.Features.Responses;
using Ekko.Core.Features.Workspaces;
using Ekko.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Ekko.Core.Tests.Features.Metrics;

/// <summary>
/// The metrics index against the database it mirrors: answers equal a plain recomputation from the stored
/// rows, and stay equal after more ingestion, customer updates and erasure, seen from this app instance and
/// from another one (a second <see cref="ResponseIndexes"/>).
/// </summary>
public sealed class QueryMetricsTests : IAsyncLifetime
{
    private static readonly DateOnly From = new(2026, 3, 1);
    private static readonly DateOnly To = new(2026, 5, 31);
    private static readonly string[] Touchpoints = ["checkout", "home-delivery", "support"];
    private static readonly string[] Campaigns = ["spring-sale", "newsletter", "none"];

    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero));
    private TestDatabase db = null!;
    private Guid workspace;
    private IngestResponses ingest = null!;
    private UpsertCustomers upsert = null!;

    public async Task InitializeAsync()
    {
        db = await TestDatabase.CreateAsync();
        workspace = (await new CreateWorkspace(db, clock).HandleAsync(new CreateWorkspaceCommand("Org", "Shop", "shop"), CancellationToken.None)).Value!.Id;
        foreach (var key in Touchpoints)
        {
            var body = JsonNode.Parse($$"""{"key": "{{key}}", "name": "{{key}}", "stage": "after_purchase", "category": "interaction"}""");
            await new CreateTouchpoint(db, clock).HandleAsync(new CreateTouchpointCommand(workspace, body), CancellationToken.None);
        }

        ingest = new IngestResponses(db, clock, db.WriteGate);
        upsert = new UpsertCustomers(db, clock, db.WriteGate);
        await UpsertAsync(Enumerable.Range(0, 60).Select(i => (i, i % 3 == 0 ? "gold" : "basic")));
        await IngestAsync(new Random(7), 0, 1500);
    }

    public async Task DisposeAsync() => await db.DisposeAsync();

    [Fact]
    public async Task Groups_by_touchpoint_equal_a_recomputation_from_the_stored_rows()
    {
        using var indexes = new ResponseIndexes(db);

        var answer = await QueryAsync(indexes, Metric.Nps, ["touchpoint"]);

        Assert.Equal(await RecomputeAsync(Metric.Nps, r => r.Touchpoint), Summarize(answer));
        Assert.All(answer.Groups, g => Assert.True(g.Previous.N > 0, "March-May is compared with the 92 days before"));
    }

    [Fact]
    public async Task New_responses_customer_updates_and_erasures_reach_this_instance_and_another_one()
    {
        using var thisInstance = new ResponseIndexes(db);
        await QueryAsync(thisInstance, Metric.Csat, ["customer.tier"]);

        await IngestAsync(new Random(8), 1500, 400);
        await UpsertAsync(Enumerable.Range(0, 30).Select(i => (i, "platinum")));
        var erased = await new EraseCustomer(db, clock, db.WriteGate).HandleAsync(new EraseCustomerCommand(workspace, "c-45"), CancellationToken.None);
        using var otherInstance = new ResponseIndexes(db);

        var expected = await RecomputeAsync(Metric.Csat, r => r.Tier);
        Assert.True(erased.Value!.Responses > 0);
        Assert.Contains("platinum", expected.Keys);
        Assert.Equal(expected, Summarize(await QueryAsync(thisInstance, Metric.Csat, ["customer.tier"])));
        Assert.Equal(expected, Summarize(await QueryAsync(otherInstance, Metric.Csat, ["customer.tier"])));
    }

    [Fact]
    public async Task Filters_and_weekly_buckets_equal_a_recomputation()
    {
        using var indexes = new ResponseIndexes(db);
        var filters = new Dictionary<string, IReadOnlyCollection<string>> { ["campaign"] = ["spring-sale"] };

        var answer = await QueryAsync(indexes, Metric.Nps, ["week"], filters);

        var expected = (await RowsAsync(Metric.Nps)).Where(r => r.Campaign == "spring-sale" && r.Day >= From && r.Day <= To)
            .GroupBy(r => TimeGrain.Week.StartOf(r.Day).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            .ToDictionary(g => g.Key, g => (g.LongCount(), g.Count(r => r.Score >= 9) - g.Count(r => r.Score <= 6)));
        var actual = answer.Groups.ToDictionary(
            g => g.Period!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            g => (g.Estimate.N, (int)Math.Round(g.Estimate.Value!.Value * g.Estimate.N / 100)));
        Assert.Equal(expected.OrderBy(p => p.Key), actual.OrderBy(p => p.Key));
        Assert.Equal(new DateOnly(2026, 2, 23), answer.Groups[0].Period); // the Monday of the week holding March 1
    }

    [Fact]
    public async Task Journey_stages_group_and_filter_through_their_touchpoints()
    {
        var journey = JsonNode.Parse("""{"key": "purchase", "name": "Purchase", "stages": [{"name": "Buy", "touchpoints": ["checkout"]}, {"name": "Receive", "touchpoints": ["home-delivery"]}]}""");
        Assert.Empty((await new CreateJourney(db, clock).HandleAsync(new CreateJourneyCommand(workspace, journey), CancellationToken.None)).Errors);
        using var indexes = new ResponseIndexes(db);

        var byStage = Summarize(await QueryAsync(indexes, Metric.Nps, ["stage"]));
        var received = await new QueryMetrics(indexes, db).HandleAsync(new MetricsQuery(workspace, Metric.Nps, From, To, ["touchpoint"],
            new Dictionary<string, IReadOnlyCollection<string>> { ["stage"] = ["Receive"] }, Journey: "purchase"), CancellationToken.None);

        var stageOf = new Dictionary<string, string> { ["checkout"] = "Buy", ["home-delivery"] = "Receive" };
        Assert.Equal(await RecomputeAsync(Metric.Nps, r => r.Touchpoint is { } t ? stageOf.GetValueOrDefault(t) : null), byStage);
        Assert.Equal(["home-delivery"], received.Value!.Groups.Select(g => g.Key[0]));
    }

    [Fact]
    public async Task Stage_without_a_journey_names_the_journeys_to_choose_from()
    {
        foreach (var key in new[] { "purchase", "support" })
        {
            var body = JsonNode.Parse($$"""{"key": "{{key}}", "name": "{{key}}", "stages": []}""");
            await new CreateJourney(db, clock).HandleAsync(new CreateJourneyCommand(workspace, body), CancellationToken.None);
        }

        using var indexes = new ResponseIndexes(db);
        var result = await new QueryMetrics(indexes, db).HandleAsync(
            new MetricsQuery(workspace, Metric.Nps, From, To, ["stage"], new Dictionary<string, IReadOnlyCollection<string>>()), CancellationToken.None);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("journey", "'stage' needs journey=KEY; this workspace has the journeys purchase, support"), (error.Field, error.Message));
    }

    [Fact]
    public async Task Unknown_dimensions_and_two_time_grains_are_named_errors()
    {
        using var indexes = new ResponseIndexes(db);
        var metrics = new QueryMetrics(indexes, db);

        var result = await metrics.HandleAsync(new MetricsQuery(workspace, Metric.Nps, From, To, ["shoe_size", "week", "month"],
            new Dictionary<string, IReadOnlyCollection<string>> { ["colour"] = ["red"] }), CancellationToken.None);

        Assert.Contains(result.Errors, e => e.Field == "by" && e.Message.Contains("unknown dimension 'shoe_size'", StringComparison.Ordinal)
            && e.Message.Contains("campaign", StringComparison.Ordinal) && e.Message.Contains("customer.tier", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Field == "filter.colour");
        Assert.Contains(result.Errors, e => e.Field == "by" && e.Message.Contains("at most one of day, week and month", StringComparison.Ordinal));
    }

    private async Task<MetricsAnswer> QueryAsync(
        ResponseIndexes indexes, Metric metric, IReadOnlyList<string> by, IReadOnlyDictionary<string, IReadOnlyCollection<string>>? filters = null)
    {
        var result = await new QueryMetrics(indexes, db).HandleAsync(
            new MetricsQuery(workspace, metric, From, To, by, filters ?? new Dictionary<string, IReadOnlyCollection<string>>()), CancellationToken.None);
        Assert.Empty(result.Errors);
        return result.Value!;
    }

    private static Dictionary<string, (long N, double? Value, long PreviousN)> Summarize(MetricsAnswer answer) =>
        answer.Groups.ToDictionary(g => g.Key[0] ?? "(none)", g => (g.Estimate.N, Round(g.Estimate.Value), g.Previous.N));

    private async Task<Dictionary<string, (long N, double? Value, long PreviousN)>> RecomputeAsync(Metric metric, Func<Row, string?> key)
    {
        var rows = await RowsAsync(metric);
        var days = To.DayNumber - From.DayNumber + 1;
        var current = rows.Where(r => r.Day >= From && r.Day <= To).ToList();
        var previous = rows.Where(r => r.Day >= From.AddDays(-days) && r.Day < From).ToList();
        return current.GroupBy(r => key(r) ?? "(none)").ToDictionary(g => g.Key, g => (
            g.LongCount(),
            Round(metric == Metric.Nps
                ? 100.0 * (g.Count(r => r.Score >= 9) - g.Count(r => r.Score <= 6)) / g.Count()
                : 100.0 * g.Count(r => r.Score >= 4) / g.Count()),
            previous.LongCount(r => (key(r) ?? "(none)") == g.Key)));
    }

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 9) : null;

    private sealed record Row(DateOnly Day, int Score, string? Touchpoint, string? Tier, string? Campaign);

    /// <summary>The stored responses, read with plain EF queries and JSON parsing: no code shared with the index.</summary>
    private async Task<List<Row>> RowsAsync(Metric metric)
    {
        await using var context = db.CreateDbContext();
        var touchpoints = await context.Touchpoints.Where(t => t.WorkspaceId == workspace).ToDictionaryAsync(t => t.Id, t => t.Key);
        var tiers = (await context.Customers.Where(c => c.WorkspaceId == workspace).Select(c => new { c.Id, c.Attributes }).ToListAsync())
            .ToDictionary(c => c.Id, c => (string?)JsonNode.Parse(c.Attributes)!["tier"]);
        var responses = await context.Responses.Where(r => r.WorkspaceId == workspace && r.Metric == metric)
            .Select(r => new { r.SubmittedAt, r.Score, r.TouchpointId, r.CustomerId, r.Attributes }).ToListAsync();
        return [.. responses.Select(r => new Row(
            DateOnly.FromDateTime(r.SubmittedAt.UtcDateTime), r.Score!.Value,
            r.TouchpointId is { } t ? touchpoints[t] : null,
            r.CustomerId is { } c ? tiers[c] : null,
            (string?)JsonNode.Parse(r.Attributes)!["campaign"]))];
    }

    private async Task UpsertAsync(IEnumerable<(int Customer, string Tier)> customers)
    {
        var items = customers.Select(c => JsonNode.Parse($$"""{"id": "c-{{c.Customer}}", "attributes": {"tier": "{{c.Tier}}"} }""")).ToList();
        Assert.True((await upsert.HandleAsync(new UpsertCustomersCommand(workspace, items), CancellationToken.None)).Accepted);
    }

    /// <summary>Random NPS and CSAT answers from Dec 2025 to May 2026; some anonymous, some without touchpoint or campaign.</summary>
    private async Task IngestAsync(Random random, int first, int count)
    {
        var start = new DateTimeOffset(2025, 12, 1, 0, 0, 0, TimeSpan.Zero);
        var items = new List<JsonNode?>();
        for (var i = first; i < first + count; i++)
        {
            var nps = random.Next(2) == 0;
            var response = new JsonObject
            {
                ["id"] = $"r-{i}",
                ["survey"] = nps ? "relationship" : "post-delivery",
                ["submitted_at"] = start.AddMinutes(random.Next(182 * 24 * 60)).ToString("O"),
                ["metric"] = nps ? "nps" : "csat",
                ["score"] = nps ? random.Next(0, 11) : random.Next(1, 6),
            };
            if (random.Next(10) > 0)
            {
                response["customer_id"] = $"c-{random.Next(60)}";
            }

            if (random.Next(10) > 0)
            {
                response["touchpoint"] = Touchpoints[random.Next(Touchpoints.Length)];
            }

            if (random.Next(5) > 0)
            {
                response["attributes"] = new JsonObject { ["campaign"] = Campaigns[random.Next(Campaigns.Length)] };
            }

            items.Add(response);
        }

        foreach (var batch in items.Chunk(500))
        {
            Assert.True((await ingest.HandleAsync(new IngestResponsesCommand(workspace, batch), CancellationToken.None)).Accepted);
        }
    }
}
