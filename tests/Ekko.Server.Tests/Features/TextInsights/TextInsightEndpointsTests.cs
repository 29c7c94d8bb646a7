using System.Net;
using System.Text.Json.Nodes;

namespace Ekko.Server.Tests.Features.TextInsights;

/// <summary>
/// Through the API with the real background pipeline: comments are analysed after ingest without anyone asking,
/// responses filter by sentiment and theme, a taxonomy change is re-analysed with progress, and a discovered topic
/// can be promoted into a theme.
/// </summary>
public sealed class TextInsightEndpointsTests : IAsyncLifetime
{
    private readonly EkkoApp app = new();
    private HttpClient admin = null!;

    public async Task InitializeAsync()
    {
        await app.InitializeAsync();
        (_, admin) = await app.WorkspaceWithAdminAsync("shop");
    }

    public Task DisposeAsync() => app.DisposeAsync();

    private async Task IngestAsync(IEnumerable<(string Id, string Comment, string Day)> responses)
    {
        var items = new JsonArray([.. responses.Select(r => (JsonNode)new JsonObject
        {
            ["id"] = r.Id, ["survey"] = "s", ["submitted_at"] = $"{r.Day}T10:00:00Z", ["language"] = "sv", ["comment"] = r.Comment,
        })]);
        var response = await admin.PostJsonAsync("/api/v1/responses/batch", new JsonObject { ["items"] = items }.ToJsonString());
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Polls until <paramref name="done"/> holds for the answer to GET <paramref name="url"/> (the pipeline runs every second).</summary>
    private async Task<JsonNode> WaitForAsync(string url, Func<JsonNode, bool> done)
    {
        for (var attempt = 0; ; attempt++)
        {
            var json = await (await admin.GetAsync(url)).JsonAsync();
            if (done(json) || attempt == 300)
            {
                return json;
            }

            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task Comments_are_analysed_in_the_background_and_responses_filter_by_sentiment_and_theme()
    {
        await IngestAsync([
            ("r-1", "Paketet kom en vecka för sent och ingen svarade i chatten.", "2026-03-02"),
            ("r-2", "Bra pris men långsam leverans.", "2026-03-02"),
            ("r-3", "Trevlig personal i butiken!", "2026-03-01")]);

        var all = await WaitForAsync("/api/v1/responses", json => json["items"]!.AsArray().All(r => r!["analysis"] is not null));
        var negative = await (await admin.GetAsync("/api/v1/responses?sentiment=negative")).JsonAsync();
        var delivery = await (await admin.GetAsync("/api/v1/responses?theme=delivery")).JsonAsync();
        var themes = await (await admin.GetAsync("/api/v1/text/themes?from=2026-03-01&to=2026-03-02")).JsonAsync();

        Assert.All(all["items"]!.AsArray(), r => Assert.NotNull(r!["analysis"]));
        var mixed = all["items"]!.AsArray().Single(r => (string?)r!["id"] == "r-2")!["analysis"]!;
        Assert.Equal("mixed", (string?)mixed["sentiment"]!["label"]);
        Assert.Equal(["delivery:negative", "price:positive"], mixed["themes"]!.AsArray().Select(t => $"{t!["id"]}:{t["sentiment"]!["label"]}"));
        Assert.Equal(["r-1"], negative["items"]!.AsArray().Select(r => (string?)r!["id"]));
        Assert.Equal(["r-2", "r-1"], delivery["items"]!.AsArray().Select(r => (string?)r!["id"]));
        Assert.Equal(3, (int)themes["comments"]!);
        var row = themes["themes"]![0]!;
        Assert.Equal(("delivery", 2, 0.6667, 2), ((string?)row["id"], (int)row["count"]!, (double)row["share"]!, (int)row["negative"]!));
        Assert.True((bool)row["low_n"]!);
    }

    [Fact]
    public async Task A_taxonomy_change_is_reanalysed_with_progress_and_a_topic_can_be_promoted()
    {
        await IngestAsync(Enumerable.Range(0, 40).Select(i => ($"r-{i}", i % 2 == 0 ? "Tänk mer på miljön och klimatet." : "Snabb leverans!", "2026-03-02")));
        await WaitForAsync("/api/v1/text/reanalysis", json => (long)json["waiting"]! == 0);

        var emerging = await (await admin.GetAsync("/api/v1/text/emerging?period=day&date=2026-03-02")).JsonAsync();
        var topic = Assert.Single(emerging["topics"]!.AsArray())!;
        Assert.Equal(20, (int)topic["comments"]!);
        var promoted = await admin.PostJsonAsync("/api/v1/text/taxonomy/themes/from-topic", new JsonObject
        {
            ["id"] = "environment", ["name"] = "Environment", ["language"] = topic["language"]!.DeepClone(), ["keyphrases"] = topic["keyphrases"]!.DeepClone(), ["version"] = 1,
        }.ToJsonString());
        var progress = await WaitForAsync("/api/v1/text/reanalysis", json => (bool)json["complete"]!);
        var environment = await (await admin.GetAsync("/api/v1/responses?theme=environment&limit=100")).JsonAsync();
        var stale = await admin.PutJsonAsync("/api/v1/text/taxonomy", """{"version": 1, "themes": []}""");

        Assert.Equal(HttpStatusCode.OK, promoted.StatusCode);
        Assert.Equal(2, (int)(await promoted.JsonAsync())["version"]!);
        Assert.Equal((2, 40, 40), ((int)progress["taxonomy_version"]!, (int)progress["done"]!, (int)progress["total"]!));
        Assert.Equal(20, environment["items"]!.AsArray().Count);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Fact]
    public async Task A_bad_taxonomy_is_a_400_naming_each_field_and_settings_switch_redaction()
    {
        var bad = await admin.PutJsonAsync("/api/v1/text/taxonomy", """{"themes": [{"id": "delivery", "name": "D", "rules": {"sv": ["leverans*", "(kö"]}}]}""");
        var set = await admin.PutJsonAsync("/api/v1/text/settings", """{"redact_pii": true}""");
        await IngestAsync([("r-1", "Ring 070-123 45 67, tack för bra hjälp!", "2026-03-02")]);
        var listed = await WaitForAsync("/api/v1/responses", json => json["items"]![0]!["analysis"] is not null);

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["themes[0].rules.sv[1]"], (await bad.ProblemErrorsAsync()).Keys);
        Assert.True((bool)(await set.JsonAsync())["redact_pii"]!);
        Assert.Equal("Ring [phone], tack för bra hjälp!", (string?)listed["items"]![0]!["comment"]);
    }

    [Fact]
    public async Task Two_app_instances_on_one_database_share_the_work_and_analyse_every_comment()
    {
        await using var second = app.CreateInstance();
        _ = second.Server;
        await IngestAsync(Enumerable.Range(0, 600).Select(i => ($"r-{i}", i % 2 == 0 ? "Snabb leverans!" : "Lång kö i kassan.", "2026-03-02")));

        await WaitForAsync("/api/v1/text/reanalysis", json => (long)json["waiting"]! == 0);
        var listed = await (await admin.GetAsync("/api/v1/responses?limit=1000")).JsonAsync();
        var themes = await (await admin.GetAsync("/api/v1/text/themes?from=2026-03-02&to=2026-03-02")).JsonAsync();

        Assert.Equal(600, listed["items"]!.AsArray().Count(r => r!["analysis"] is not null));
        Assert.Equal(600, (int)themes["comments"]!);
        Assert.Equal(300, (int)themes["themes"]!.AsArray().Single(t => (string?)t!["id"] == "delivery")!["count"]!);
    }

    [Fact]
    public async Task The_api_description_lists_the_text_endpoints()
    {
        var response = await app.Client().GetAsync("/api/v1.json");
        var paths = (await response.JsonAsync())["paths"]!.AsObject().Select(p => p.Key).Where(p => p.StartsWith("/api/v1/text", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["/api/v1/text/emerging", "/api/v1/text/reanalysis", "/api/v1/text/settings", "/api/v1/text/taxonomy", "/api/v1/text/taxonomy/themes/from-topic", "/api/v1/text/themes"],
            paths.Order(StringComparer.Ordinal));
    }
}
