using System.Net;
using System.Text.Json.Nodes;

namespace Ekko.Server.Tests.Features.Insights;

public sealed class InsightEndpointsTests : IAsyncLifetime
{
    private readonly EkkoApp app = new();
    private HttpClient admin = null!;

    public async Task InitializeAsync()
    {
        await app.InitializeAsync();
        (_, admin) = await app.WorkspaceWithAdminAsync("shop");
        // 600 answers a month; in February the 'flash' campaign's customers (new that month) are detractors.
        var random = new Random(3);
        var items = new JsonArray();
        for (var i = 0; i < 1200; i++)
        {
            var february = i >= 600;
            var flash = february && i % 4 == 0;
            items.Add(new JsonObject
            {
                ["id"] = $"r-{i}",
                ["survey"] = "relationship",
                ["submitted_at"] = $"2026-{(february ? "02" : "01")}-{1 + i % 28:00}T12:00:00Z",
                ["metric"] = "nps",
                ["score"] = flash ? random.Next(0, 5) : random.Next(6, 11),
                ["channel"] = i % 3 == 0 ? "email" : "web",
                ["attributes"] = new JsonObject { ["campaign"] = flash ? "flash" : "none", ["region"] = $"r{i % 5}" },
            });
        }

        foreach (var batch in items.Chunk(600))
        {
            var body = new JsonObject { ["items"] = new JsonArray([.. batch.Select(b => b!.DeepClone())]) };
            Assert.Equal(HttpStatusCode.OK, (await admin.PostJsonAsync("/api/v1/responses/batch", body.ToJsonString())).StatusCode);
        }
    }

    public Task DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task The_root_cause_names_the_campaign_with_its_contribution_and_a_sentence()
    {
        var answer = await (await admin.GetAsync("/api/v1/insights/root-cause?metric=nps&baseline=2026-01-01..2026-01-31&current=2026-02-01..2026-02-28")).JsonAsync();

        Assert.Equal("nps", (string?)answer["metric"]);
        Assert.True((double)answer["change"]! < -20);
        var cause = Assert.Single(answer["explanations"]!.AsArray())!;
        Assert.Equal("""{"campaign":"flash"}""", cause["where"]!.ToJsonString());
        Assert.Equal((0, 150), ((int)cause["baseline"]!["n"]!, (int)cause["current"]!["n"]!));
        Assert.InRange((double)cause["contribution"]!, 0.7, 1.3); // about all of it, give or take the other answers' noise
        Assert.Contains("campaign flash", (string?)answer["summary"], StringComparison.Ordinal);

        // The explanation links to the responses behind it, 150 of them over two pages.
        var link = (string)cause["responses"]!;
        Assert.Equal("/api/v1/responses?from=2026-02-01&to=2026-02-28&metric=nps&attributes.campaign=flash", link);
        var first = await (await admin.GetAsync(link)).JsonAsync();
        var second = await (await admin.GetAsync(link + "&cursor=" + Uri.EscapeDataString((string)first["next_cursor"]!))).JsonAsync();
        var ids = first["items"]!.AsArray().Concat(second["items"]!.AsArray()).Select(r => (string)r!["id"]!).ToList();
        Assert.Equal(150, ids.Distinct().Count());
        Assert.All(first["items"]!.AsArray(), r => Assert.Equal("flash", (string?)r!["attributes"]!["campaign"]));
        Assert.Null(second["next_cursor"]);
    }

    [Fact]
    public async Task Priorities_rank_the_campaign_first_by_impact_and_show_the_complaint_counts()
    {
        var answer = await (await admin.GetAsync("/api/v1/insights/priorities?metric=nps&from=2026-02-01&to=2026-02-28&by=campaign")).JsonAsync();

        Assert.Equal(("nps", "campaign"), ((string?)answer["metric"], (string?)answer["by"]));
        var first = answer["priorities"]!.AsArray()[0]!;
        Assert.Equal(("flash", 1, 150), ((string?)first["key"], (int)first["rank"]!, (int)first["n"]!));
        Assert.Equal(150, (int)first["negative_answers"]!); // scores 0-4: all detractors
        Assert.True((double)first["ci95"]![0]! > 0);
    }

    [Fact]
    public async Task A_change_within_noise_is_said_to_be_so_and_names_no_cause()
    {
        var answer = await (await admin.GetAsync("/api/v1/insights/root-cause?metric=nps&baseline=2026-01-01..2026-01-14&current=2026-01-15..2026-01-28")).JsonAsync();

        Assert.Empty(answer["explanations"]!.AsArray());
        Assert.Contains("chance", (string?)answer["summary"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drivers_read_the_stored_answers()
    {
        var random = new Random(9);
        var items = new JsonArray([.. Enumerable.Range(0, 200).Select(i =>
        {
            var delivery = random.Next(1, 6);
            return (JsonNode?)new JsonObject
            {
                ["id"] = $"d-{i}", ["survey"] = "relationship", ["submitted_at"] = "2026-03-10T12:00:00Z", ["metric"] = "nps",
                ["score"] = Math.Min(10, 2 * delivery + random.Next(0, 2)),
                ["answers"] = new JsonObject { ["delivery"] = delivery, ["staff"] = random.Next(1, 6) },
            };
        })]);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostJsonAsync("/api/v1/responses/batch", new JsonObject { ["items"] = items }.ToJsonString())).StatusCode);

        var answer = await (await admin.GetAsync("/api/v1/insights/drivers?from=2026-03-10&to=2026-03-10&survey=relationship")).JsonAsync();

        Assert.Equal(200, (int)answer["n"]!);
        Assert.Equal("delivery", (string?)answer["drivers"]![0]!["driver"]);
        Assert.True((double)answer["drivers"]![0]!["importance"]! > 0.9);
    }
}
