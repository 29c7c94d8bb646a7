using System.Net;
using System.Text.Json.Nodes;

namespace Ekko.Server.Tests.Features.Responses;

public sealed class ResponseEndpointsTests : IAsyncLifetime
{
    private readonly EkkoApp app = new();
    private HttpClient admin = null!;

    public async Task InitializeAsync()
    {
        await app.InitializeAsync();
        (_, admin) = await app.WorkspaceWithAdminAsync("shop");
        await admin.CreateTouchpointAsync("home-delivery");
    }

    public Task DisposeAsync() => app.DisposeAsync();

    private static string Response(string id, int score = 9, string touchpoint = "home-delivery", string customer = "c-1") => $$"""
        {"id": "{{id}}", "survey": "post-delivery", "customer_id": "{{customer}}", "touchpoint": "{{touchpoint}}", "channel": "email",
         "submitted_at": "2026-03-02T08:01:00Z", "language": "sv", "metric": "nps", "score": {{score}},
         "comment": "Paketet kom en vecka för sent.", "attributes": {"campaign": "spring-sale"} }
        """;

    private static string Batch(IEnumerable<string> items) => $$"""{"items": [{{string.Join(",", items)}}]}""";

    private async Task<int> StoredCountAsync(string customer = "c-1")
    {
        // A refused batch must not even leave the customer it mentions behind: 404 means nothing was written.
        var response = await admin.GetAsync($"/api/v1/customers/{customer}/timeline?limit=200");
        return response.StatusCode == HttpStatusCode.NotFound ? 0 : (await response.JsonAsync())["items"]!.AsArray().Count;
    }

    [Fact]
    public async Task A_new_response_is_created_and_its_replay_is_acknowledged_without_a_second_copy()
    {
        var first = await admin.PostJsonAsync("/api/v1/responses", Response("r-1"));
        var replay = await admin.PostJsonAsync("/api/v1/responses", Response("r-1"));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(1, (int)(await first.JsonAsync())["created"]!);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal(1, (int)(await replay.JsonAsync())["duplicates"]!);
        Assert.Equal(1, await StoredCountAsync());
    }

    [Fact]
    public async Task Concurrent_posts_each_get_their_own_answer_and_every_id_is_stored_once()
    {
        // 300 requests at once for 200 ids: on SQLite they are committed in groups; each must still learn
        // whether its own record was new, and nothing may be lost or doubled.
        var answers = await Task.WhenAll(Enumerable.Range(0, 300).Select(async i =>
        {
            var response = await admin.PostJsonAsync("/api/v1/responses", Response($"r-{i % 200}", customer: $"c-{i % 7}"));
            return (response.StatusCode, Created: (int)(await response.JsonAsync())["created"]!);
        }));

        Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.OK }));
        Assert.Equal(200, answers.Count(a => a.StatusCode == HttpStatusCode.Created && a.Created == 1));
        Assert.Equal(100, answers.Count(a => a.StatusCode == HttpStatusCode.OK && a.Created == 0));
        var stored = 0;
        for (var c = 0; c < 7; c++)
        {
            stored += await StoredCountAsync($"c-{c}");
        }

        Assert.Equal(200, stored);
    }

    [Fact]
    public async Task A_batch_stores_every_item_and_creates_the_customers_it_mentions()
    {
        var response = await admin.PostJsonAsync("/api/v1/responses/batch", Batch(Enumerable.Range(0, 1000).Select(i => Response($"r-{i}", customer: $"c-{i % 10}"))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.JsonAsync();
        Assert.Equal((1000, 1000, 0), ((int)answer["received"]!, (int)answer["created"]!, (int)answer["duplicates"]!));
        Assert.Equal(100, await StoredCountAsync("c-3"));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/customers/c-7")).StatusCode);
    }

    [Fact]
    public async Task A_batch_with_one_bad_item_stores_nothing_and_names_the_item_and_field()
    {
        var items = Enumerable.Range(0, 5).Select(i => Response($"r-{i}")).ToList();
        items[3] = Response("r-3", score: 11);

        var response = await admin.PostJsonAsync("/api/v1/responses/batch", Batch(items));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = await response.ProblemErrorsAsync();
        Assert.Equal(["must be 0-10 for metric nps, got 11"], errors["items[3].score"]);
        Assert.Equal(0, await StoredCountAsync());
    }

    [Fact]
    public async Task A_batch_over_the_limit_is_refused_before_anything_is_read_into_the_database()
    {
        var response = await admin.PostJsonAsync("/api/v1/responses/batch", Batch(Enumerable.Range(0, 1001).Select(i => Response($"r-{i}"))));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at most 1000 items", (await response.ProblemErrorsAsync())["items"][0], StringComparison.Ordinal);
        Assert.Equal(0, await StoredCountAsync());
    }

    [Fact]
    public async Task Duplicate_ids_inside_one_batch_are_refused_with_both_positions()
    {
        var response = await admin.PostJsonAsync("/api/v1/responses/batch", Batch([Response("r-1"), Response("r-2"), Response("r-1")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["'r-1' appears twice in this batch (also at items[0])"], (await response.ProblemErrorsAsync())["items[2].id"]);
        Assert.Equal(0, await StoredCountAsync());
    }

    [Fact]
    public async Task An_unknown_touchpoint_is_named_and_nothing_is_stored()
    {
        var response = await admin.PostJsonAsync("/api/v1/responses/batch", Batch([Response("r-1"), Response("r-2", touchpoint: "teleport")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("unknown touchpoint 'teleport'", (await response.ProblemErrorsAsync())["items[1].touchpoint"][0], StringComparison.Ordinal);
        Assert.Equal(0, await StoredCountAsync());
    }

    [Theory]
    [InlineData("{\"id\": \"r-1\", \"survey\": ", "body")]
    [InlineData("{\"survey\": \"s\", \"submitted_at\": \"2026-03-02T08:01:00Z\"}", "id")]
    [InlineData("{\"id\": 17, \"survey\": \"s\", \"submitted_at\": \"2026-03-02T08:01:00Z\"}", "id")]
    [InlineData("{\"id\": \"r-1\", \"survey\": \"s\", \"submitted_at\": \"yesterday\"}", "submitted_at")]
    [InlineData("{\"id\": \"r-1\", \"survey\": \"s\", \"submitted_at\": \"2026-02-30T08:00:00Z\"}", "submitted_at")]
    [InlineData("{\"id\": \"r-1\", \"survey\": \"s\", \"submitted_at\": \"2026-03-02T08:01:00Z\", \"metric\": \"nps\", \"score\": \"9\"}", "score")]
    [InlineData("{\"id\": \"r-1\", \"survey\": \"s\", \"submitted_at\": \"2026-03-02T08:01:00Z\", \"metric\": \"nps\", \"score\": 8.5}", "score")]
    [InlineData("[]", "body")]
    [InlineData("null", "body")]
    public async Task Malformed_input_gets_a_400_naming_the_field(string body, string field)
    {
        var response = await admin.PostJsonAsync("/api/v1/responses", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, (await response.ProblemErrorsAsync()).Keys);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_refused_as_unsupported()
    {
        var response = await admin.PostAsync("/api/v1/responses", new StringContent("id=r-1", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_timeline_shows_the_stored_response_as_it_was_sent()
    {
        await admin.PostJsonAsync("/api/v1/responses", Response("r-1", score: 3));

        var entry = (await (await admin.GetAsync("/api/v1/customers/c-1/timeline")).JsonAsync())["items"]![0]!;

        Assert.Equal("response", (string?)entry["kind"]);
        Assert.Equal(("r-1", 3, "nps", "home-delivery"), ((string?)entry["id"], (int)entry["score"]!, (string?)entry["metric"], (string?)entry["touchpoint"]));
        Assert.Equal("Paketet kom en vecka för sent.", (string?)entry["comment"]);
        Assert.Equal("spring-sale", (string?)entry["attributes"]!["campaign"]);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 8, 1, 0, TimeSpan.Zero), DateTimeOffset.Parse((string)entry["at"]!, System.Globalization.CultureInfo.InvariantCulture));
    }
}
