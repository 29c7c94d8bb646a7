using System.Net;
using System.Text.Json.Nodes;

namespace Ekko.Server.Tests.Features.Customers;

public sealed class CustomerEndpointsTests : IAsyncLifetime
{
    private readonly EkkoApp app = new();
    private HttpClient admin = null!;

    public async Task InitializeAsync()
    {
        await app.InitializeAsync();
        (_, admin) = await app.WorkspaceWithAdminAsync("shop");
    }

    public Task DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task An_upsert_changes_only_the_fields_it_gives_and_merges_attributes()
    {
        var created = await admin.PutJsonAsync("/api/v1/customers/c-1042", """
            {"email": "anna@example.se", "name": "Anna Berg", "language": "sv",
             "consent": {"surveys": true, "marketing": false}, "attributes": {"segment": "member", "region": "Stockholm", "lifetime_value": 18400}}
            """);
        var updated = await admin.PutJsonAsync("/api/v1/customers/c-1042", """{"phone": "+46701234567", "attributes": {"region": "Uppsala", "segment": null}}""");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var customer = await (await admin.GetAsync("/api/v1/customers/c-1042")).JsonAsync();
        Assert.Equal(("anna@example.se", "Anna Berg", "+46701234567", "sv"), ((string?)customer["email"], (string?)customer["name"], (string?)customer["phone"], (string?)customer["language"]));
        Assert.Equal((true, false), ((bool)customer["consent"]!["surveys"]!, (bool)customer["consent"]!["marketing"]!));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"region": "Uppsala", "lifetime_value": 18400}"""), customer["attributes"]));
    }

    [Fact]
    public async Task An_upsert_whose_body_id_differs_from_the_url_is_refused()
    {
        var response = await admin.PutJsonAsync("/api/v1/customers/c-1", """{"id": "c-2", "name": "x"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("id", (await response.ProblemErrorsAsync()).Keys);
    }

    [Fact]
    public async Task Bad_customer_fields_are_named()
    {
        var response = await admin.PostJsonAsync("/api/v1/customers/batch", """
            {"items": [{"id": "c-1", "email": "not-an-email"}, {"id": "c-2", "language": "swedish", "consent": {"surveys": "yes"}}]}
            """);

        var errors = await response.ProblemErrorsAsync();
        Assert.Equal(["items[0].email", "items[1].consent.surveys", "items[1].language"], errors.Keys.Order().ToArray());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/v1/customers/c-1")).StatusCode);
    }

    [Fact]
    public async Task The_list_filters_by_attributes_and_pages_through_every_match_exactly_once()
    {
        var items = Enumerable.Range(0, 250).Select(i => $$"""
            {"id": "c-{{i:D4}}", "language": "{{(i % 2 == 0 ? "sv" : "nb")}}", "attributes": {"segment": "{{(i % 5 == 0 ? "member" : "regular")}}", "visits": {{i % 3}} } }
            """);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostJsonAsync("/api/v1/customers/batch", $$"""{"items": [{{string.Join(",", items)}}]}""")).StatusCode);

        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await (await admin.GetAsync($"/api/v1/customers?attributes.segment=member&language=sv&limit=7{(cursor is null ? "" : $"&cursor={cursor}")}")).JsonAsync();
            seen.AddRange(page["items"]!.AsArray().Select(c => (string)c!["id"]!));
            cursor = (string?)page["next_cursor"];
            pages++;
        }
        while (cursor is not null);

        var expected = Enumerable.Range(0, 250).Where(i => i % 10 == 0).Select(i => $"c-{i:D4}").ToList();
        Assert.Equal(expected, seen);
        Assert.Equal(4, pages);
        var numeric = await (await admin.GetAsync("/api/v1/customers?attributes.visits=2&limit=1000")).JsonAsync();
        Assert.Equal(Enumerable.Range(0, 250).Count(i => i % 3 == 2), numeric["items"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=abc", "limit")]
    [InlineData("limit=5000", "limit")]
    [InlineData("cursor=!!!", "cursor")]
    [InlineData("segment=member", "segment")]
    public async Task Bad_list_parameters_are_named(string query, string field)
    {
        var response = await admin.GetAsync($"/api/v1/customers?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, (await response.ProblemErrorsAsync()).Keys);
    }

    [Fact]
    public async Task The_timeline_merges_interactions_and_responses_newest_first_across_pages()
    {
        var events = Enumerable.Range(0, 30).Select(i => $$"""
            {"id": "e-{{i:D2}}", "customer_id": "c-1", "type": "page.view", "occurred_at": "2026-03-01T10:{{i:D2}}:00Z", "properties": {"path": "/p/{{i}}" } }
            """);
        var responses = Enumerable.Range(0, 10).Select(i => $$"""
            {"id": "r-{{i:D2}}", "customer_id": "c-1", "survey": "csat", "metric": "csat", "score": 4, "submitted_at": "2026-03-01T10:{{i * 3:D2}}:00Z" }
            """);
        await admin.PostJsonAsync("/api/v1/interactions/batch", $$"""{"items": [{{string.Join(",", events)}}]}""");
        await admin.PostJsonAsync("/api/v1/responses/batch", $$"""{"items": [{{string.Join(",", responses)}}]}""");

        var entries = new List<JsonNode>();
        string? cursor = null;
        do
        {
            var page = await (await admin.GetAsync($"/api/v1/customers/c-1/timeline?limit=6{(cursor is null ? "" : $"&cursor={cursor}")}")).JsonAsync();
            entries.AddRange(page["items"]!.AsArray().Select(e => e!));
            cursor = (string?)page["next_cursor"];
        }
        while (cursor is not null);

        Assert.Equal(40, entries.Count);
        Assert.Equal(40, entries.Select(e => (string)e["id"]!).Distinct().Count());
        var times = entries.Select(e => DateTimeOffset.Parse((string)e["at"]!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(times.OrderDescending().ToList(), times);
        // At equal times the interaction comes first: e-27 and r-09 share 10:27.
        Assert.Equal(["e-29", "e-28", "e-27", "r-09", "e-26"], entries.Take(5).Select(e => (string)e["id"]!).ToArray());
    }

    [Fact]
    public async Task An_unknown_customer_is_404_with_a_problem()
    {
        var response = await admin.GetAsync("/api/v1/customers/nobody/timeline");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
