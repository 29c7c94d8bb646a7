using System.Net;

namespace Ekko.Server.Tests.Features.Journeys;

public sealed class JourneyEndpointsTests : IAsyncLifetime
{
    private readonly EkkoApp app = new();
    private HttpClient admin = null!;

    public async Task InitializeAsync()
    {
        await app.InitializeAsync();
        (_, admin) = await app.WorkspaceWithAdminAsync("shop");
        await admin.CreateTouchpointAsync("online-ads", "before_purchase");
        await admin.CreateTouchpointAsync("checkout", "during_purchase");
        await admin.CreateTouchpointAsync("home-delivery", "after_purchase");
    }

    public Task DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task A_journey_map_keeps_its_stages_and_touchpoints_in_order_and_can_be_replaced()
    {
        var created = await admin.PostJsonAsync("/api/v1/journeys", """
            {"key": "purchase", "name": "Purchase", "stages": [
              {"name": "Discover", "touchpoints": ["online-ads"]},
              {"name": "Buy", "touchpoints": ["checkout"]},
              {"name": "Receive", "touchpoints": ["home-delivery", "checkout"]}]}
            """);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/v1/journeys/purchase", created.Headers.Location?.ToString());

        var journey = await (await admin.GetAsync("/api/v1/journeys/purchase")).JsonAsync();
        Assert.Equal(["Discover", "Buy", "Receive"], journey["stages"]!.AsArray().Select(s => (string)s!["name"]!).ToArray());
        Assert.Equal(["home-delivery", "checkout"], journey["stages"]![2]!["touchpoints"]!.AsArray().Select(t => (string)t!["key"]!).ToArray());
        Assert.Equal("after_purchase", (string?)journey["stages"]![2]!["touchpoints"]![0]!["stage"]);

        var replaced = await admin.PutJsonAsync("/api/v1/journeys/purchase", """{"name": "Buying", "stages": [{"name": "All", "touchpoints": ["checkout"]}]}""");
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        var after = await (await admin.GetAsync("/api/v1/journeys/purchase")).JsonAsync();
        Assert.Equal("Buying", (string?)after["name"]);
        Assert.Single(after["stages"]!.AsArray());
    }

    [Fact]
    public async Task A_journey_naming_an_unknown_touchpoint_is_refused_with_its_position()
    {
        var response = await admin.PostJsonAsync("/api/v1/journeys", """{"key": "j", "name": "J", "stages": [{"name": "A", "touchpoints": ["checkout", "teleport"]}]}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("stages[0].touchpoints[1]", (await response.ProblemErrorsAsync()).Keys);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/v1/journeys/j")).StatusCode);
    }

    [Fact]
    public async Task Touchpoints_are_listed_in_journey_order_and_a_duplicate_key_is_a_conflict()
    {
        var keys = (await (await admin.GetAsync("/api/v1/touchpoints")).JsonAsync()).AsArray().Select(t => (string)t!["key"]!).ToArray();
        var duplicate = await admin.PostJsonAsync("/api/v1/touchpoints", """{"key": "checkout", "name": "Checkout", "stage": "during_purchase", "category": "interaction"}""");

        Assert.Equal(["online-ads", "checkout", "home-delivery"], keys);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal("application/problem+json", duplicate.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Bad_touchpoint_fields_are_named_with_the_allowed_values()
    {
        var response = await admin.PostJsonAsync("/api/v1/touchpoints", """{"key": "Bad Key", "name": "", "stage": "sometime", "category": "interaction", "colour": "red"}""");

        var errors = await response.ProblemErrorsAsync();
        Assert.Equal(["colour", "key", "name", "stage"], errors.Keys.Order().ToArray());
        Assert.Equal("expected one of before_purchase, during_purchase, after_purchase, got 'sometime'", errors["stage"][0]);
    }

    [Fact]
    public async Task A_touchpoint_with_data_cannot_be_deleted_but_an_unused_one_can()
    {
        await admin.PostJsonAsync("/api/v1/interactions", """{"id": "e-1", "type": "order.delivered", "touchpoint": "home-delivery", "occurred_at": "2026-03-01T10:00:00Z"}""");

        Assert.Equal(HttpStatusCode.Conflict, (await admin.DeleteAsync("/api/v1/touchpoints/home-delivery")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync("/api/v1/touchpoints/online-ads")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/v1/touchpoints/online-ads")).StatusCode);
    }

    [Fact]
    public async Task A_touchpoints_key_cannot_be_renamed()
    {
        var response = await admin.PutJsonAsync("/api/v1/touchpoints/checkout", """{"key": "pay", "name": "Pay", "stage": "during_purchase", "category": "interaction"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("key", (await response.ProblemErrorsAsync()).Keys);
    }
}
