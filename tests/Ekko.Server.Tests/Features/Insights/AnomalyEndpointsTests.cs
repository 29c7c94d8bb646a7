using System.Net;
using System.Text.Json.Nodes;

namespace Ekko.Server.Tests.Features.Insights;

public sealed class AnomalyEndpointsTests : IAsyncLifetime
{
    private readonly EkkoApp app = new();
    private HttpClient admin = null!;

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task A_day_with_three_times_the_usual_answers_is_one_alert_explained_by_its_campaign()
    {
        (_, admin) = await app.WorkspaceWithAdminAsync("shop");
        // 20 answers a day for 90 days (support, no campaign); on 2026-03-20 another 40 arrive, all from campaign 'flash'.
        var start = new DateOnly(2026, 1, 1);
        var items = Enumerable.Range(0, 90).SelectMany(d => Enumerable.Range(0, 20).Select(i => Answer($"r-{d}-{i}", start.AddDays(d), null)))
            .Concat(Enumerable.Range(0, 40).Select(i => Answer($"flash-{i}", new DateOnly(2026, 3, 20), "flash")))
            .ToList();
        foreach (var batch in items.Chunk(1000))
        {
            var body = new JsonObject { ["items"] = new JsonArray([.. batch.Select(a => (JsonNode?)a)]) };
            Assert.Equal(HttpStatusCode.OK, (await admin.PostJsonAsync("/api/v1/responses/batch", body.ToJsonString())).StatusCode);
        }

        var answer = await (await admin.GetAsync("/api/v1/insights/anomalies?metric=volume&from=2026-03-01&to=2026-03-31")).JsonAsync();

        var alert = Assert.Single(answer["alerts"]!.AsArray())!;
        Assert.Equal(("2026-03-20", "up", 60.0, 20.0, 1), ((string?)alert["period"], (string?)alert["direction"], (double)alert["value"]!, (double)alert["expected"]!, (int)alert["periods"]!));
        var cause = alert["explanation"]!["explanations"]!.AsArray()[0]!;
        Assert.Equal("flash", (string?)cause["where"]!["campaign"]);
    }

    private static JsonObject Answer(string id, DateOnly day, string? campaign)
    {
        var answer = new JsonObject { ["id"] = id, ["survey"] = "support", ["submitted_at"] = $"{day:yyyy-MM-dd}T10:00:00Z", ["metric"] = "csat", ["score"] = 4 };
        if (campaign is not null)
        {
            answer["attributes"] = new JsonObject { ["campaign"] = campaign };
        }

        return answer;
    }
}
