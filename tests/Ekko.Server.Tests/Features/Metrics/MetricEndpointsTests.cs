using System.Net;
using System.Text.Json.Nodes;

namespace Ekko.Server.Tests.Features.Metrics;

public sealed class MetricEndpointsTests : IAsyncLifetime
{
    private readonly EkkoApp app = new();
    private HttpClient admin = null!;

    public async Task InitializeAsync()
    {
        await app.InitializeAsync();
        (_, admin) = await app.WorkspaceWithAdminAsync("shop");
        await admin.CreateTouchpointAsync("checkout");
        // March: 40 promoters and 10 detractors (all from c-erase), NPS 60. The 31 days before: 10 and 40, NPS -60.
        var items = new JsonArray();
        for (var i = 0; i < 50; i++)
        {
            items.Add(Response($"mar-{i}", new DateOnly(2026, 3, 1 + i % 31), i < 40 ? 10 : 0, i < 40 ? $"c-{i}" : "c-erase"));
            items.Add(Response($"feb-{i}", new DateOnly(2026, 2, 1 + i % 28), i < 10 ? 10 : 0, $"c-{i}"));
        }

        Assert.Equal(HttpStatusCode.OK, (await admin.PostJsonAsync("/api/v1/responses/batch", new JsonObject { ["items"] = items }.ToJsonString())).StatusCode);
    }

    public Task DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task A_metric_per_group_has_n_interval_low_n_and_a_tested_change_and_erasure_removes_a_customers_answers()
    {
        const string url = "/api/v1/metrics?metric=nps&from=2026-03-01&to=2026-03-31&by=touchpoint&filter.channel=web";

        var answer = await (await admin.GetAsync(url)).JsonAsync();

        var group = Assert.Single(answer["groups"]!.AsArray())!;
        Assert.Equal("checkout", (string?)group["key"]!["touchpoint"]);
        Assert.Equal((60.0, 50, false), ((double)group["value"]!, (int)group["n"]!, (bool)group["low_n"]!));
        Assert.Equal(2, group["ci95"]!.AsArray().Count);
        Assert.Equal((-60.0, 50), ((double)group["previous"]!["value"]!, (int)group["previous"]!["n"]!));
        Assert.Equal((120.0, true), ((double)group["change"]!["value"]!, (bool)group["change"]!["significant"]!));
        Assert.True((double)group["change"]!["p_value"]! < 0.001);

        Assert.Equal(HttpStatusCode.OK, (await admin.DeleteAsync("/api/v1/customers/c-erase")).StatusCode);

        var after = Assert.Single((await (await admin.GetAsync(url)).JsonAsync())["groups"]!.AsArray())!;
        Assert.Equal((100.0, 40), ((double)after["value"]!, (int)after["n"]!));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/v1/customers/c-erase")).StatusCode);
    }

    [Fact]
    public async Task Bad_query_parameters_are_named_in_the_problem()
    {
        var response = await admin.GetAsync("/api/v1/metrics?metric=nps&by=colour&filter.size=xl&from=2026-13-01");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("from", (await response.ProblemErrorsAsync()).Keys);
        var unknown = await (await admin.GetAsync("/api/v1/metrics?metric=nps&by=colour")).ProblemErrorsAsync();
        Assert.Contains("unknown dimension 'colour'", unknown["by"][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Churn_and_retention_follow_the_activity_rule()
    {
        var rule = await admin.PutJsonAsync("/api/v1/metrics/activity-rule", """{"types": ["order.placed"], "window_days": 30}""");
        Assert.Equal(HttpStatusCode.OK, rule.StatusCode);
        var orders = """{"items": [{"id": "o-1", "type": "order.placed", "customer_id": "c-1", "occurred_at": "2026-04-20T10:00:00Z"},""" +
            """{"id": "o-2", "type": "order.placed", "customer_id": "c-2", "occurred_at": "2026-04-25T10:00:00Z"},""" +
            """{"id": "o-3", "type": "order.placed", "customer_id": "c-1", "occurred_at": "2026-05-10T10:00:00Z"}]}""";
        Assert.Equal(HttpStatusCode.OK, (await admin.PostJsonAsync("/api/v1/interactions/batch", orders)).StatusCode);

        var churn = await (await admin.GetAsync("/api/v1/metrics/churn?from=2026-05&to=2026-05")).JsonAsync();
        var retention = await (await admin.GetAsync("/api/v1/metrics/retention?from=2026-04")).JsonAsync();

        var may = Assert.Single(churn["periods"]!.AsArray())!;
        Assert.Equal((2, 1, 50.0), ((int)may["customers_at_start"]!, (int)may["lost"]!, (double)may["value"]!));
        Assert.Equal(30, (int)churn["activity"]!["window_days"]!);
        var april = retention["cohorts"]!.AsArray()[0]!;
        Assert.Equal(("2026-04", 2), ((string?)april["month"], (int)april["size"]!));
        Assert.Equal([100.0, 50.0], april["retention"]!.AsArray().Take(2).Select(r => (double)r!["value"]!));
    }

    private static JsonObject Response(string id, DateOnly day, int score, string customer) => new()
    {
        ["id"] = id,
        ["survey"] = "checkout-nps",
        ["customer_id"] = customer,
        ["touchpoint"] = "checkout",
        ["channel"] = "web",
        ["submitted_at"] = $"{day:yyyy-MM-dd}T12:00:00Z",
        ["metric"] = "nps",
        ["score"] = score,
    };
}
