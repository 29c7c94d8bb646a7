using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Ekko.Core.Features.Workspaces;
using Ekko.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Ekko.Server.Tests.Features.Cases;

/// <summary>The closed loop through HTTP: rules, inbox, working a case, problem details, and durability with two app instances on one database.</summary>
public sealed class CaseEndpointsTests : IAsyncLifetime
{
    // Every instance delivers webhooks, quickly, and may deliver to the test's receiver on 127.0.0.1.
    private readonly EkkoApp app = new(("Webhooks:AllowPrivateNetworks", "true"), ("Webhooks:PollSeconds", "0.2"));
    private HttpClient admin = null!;
    private string key = null!;

    public async Task InitializeAsync()
    {
        await app.InitializeAsync();
        var workspace = await app.CreateWorkspaceAsync("loop");
        key = await app.CreateKeyAsync(workspace.Id, ApiKeyScope.Admin);
        admin = app.Client(key);
        await admin.CreateTouchpointAsync("home-delivery");
        Assert.Equal(HttpStatusCode.OK, (await admin.PostJsonAsync("/api/v1/customers/batch",
            """{"items": [{"id": "c-1", "name": "Anna", "email": "anna@example.se"}, {"id": "c-2", "name": "Bo"}, {"id": "c-3", "name": "Cecilia"}]}""")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostJsonAsync("/api/v1/case-rules", """{"name": "detractors", "metric": "nps", "max_score": 6}""")).StatusCode);
    }

    public Task DisposeAsync() => app.DisposeAsync();

    private static string Batch(params (string Id, string Customer, int Score)[] responses) =>
        $$"""{"items": [{{string.Join(", ", responses.Select(r => $$"""{"id": "{{r.Id}}", "survey": "post-delivery", "customer_id": "{{r.Customer}}", "touchpoint": "home-delivery", "submitted_at": "{{TimeProvider.System.GetUtcNow():O}}", "metric": "nps", "score": {{r.Score}}}"""))}}]}""";

    private HttpClient ClientOf(WebApplicationFactory<Program> instance)
    {
        var client = instance.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    [Fact]
    public async Task A_detractor_becomes_a_case_that_is_worked_to_resolution_through_the_api()
    {
        Assert.Equal(HttpStatusCode.OK, (await admin.PostJsonAsync("/api/v1/responses/batch", Batch(("r-1", "c-1", 2), ("r-2", "c-2", 10)))).StatusCode);

        var inbox = await (await admin.GetAsync("/api/v1/cases?status=new&touchpoint=home-delivery")).JsonAsync();
        var item = Assert.Single(inbox["items"]!.AsArray())!;
        Assert.Equal(("c-1", "r-1", "new", "on_track", 1), ((string)item["customer"]!, (string)item["response"]!, (string)item["status"]!, (string)item["sla"]!, (int)item["number"]!));
        var id = (string)item["id"]!;

        var refused = await admin.PatchAsync($"/api/v1/cases/{id}", Json("""{"status": "resolved", "priority": "sky-high"}"""));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = await refused.ProblemErrorsAsync();
        Assert.StartsWith("expected one of low, normal, high, urgent", errors["priority"][0], StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await admin.PostJsonAsync($"/api/v1/cases/{id}/notes", """{"text": "Called her", "contact": "phone"}""")).StatusCode);
        var stale = await admin.PatchAsync($"/api/v1/cases/{id}", Json("""{"status": "in_progress", "version": 0}"""));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var resolved = await admin.PatchAsync($"/api/v1/cases/{id}", Json("""{"status": "resolved", "resolution_code": "refunded", "root_cause": "late-delivery", "version": 1}"""));
        Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);

        var detail = await (await admin.GetAsync($"/api/v1/cases/{id}")).JsonAsync();
        Assert.Equal("resolved", (string)detail["case"]!["status"]!);
        Assert.Equal(["created", "note", "contact", "resolution_code", "root_cause", "status"], detail["trail"]!.AsArray().Select(e => (string)e!["kind"]!));
        Assert.StartsWith("api-key:", (string)detail["trail"]![1]!["actor"]!, StringComparison.Ordinal);
        Assert.Empty((await (await admin.GetAsync("/api/v1/cases")).JsonAsync())["items"]!.AsArray());
        var badFilter = await admin.GetAsync("/api/v1/cases?sla=late&colour=red");
        Assert.Equal(["colour", "sla"], (await badFilter.ProblemErrorsAsync()).Keys.Order());
    }

    [Fact]
    public async Task Two_instances_storing_answers_at_once_open_one_case_per_customer_with_distinct_numbers()
    {
        await using var second = app.CreateInstance();
        var one = admin;
        var two = ClientOf(second);

        // Each customer's detractor answers arrive at both instances at once, some of them twice (a client retry).
        var sends = new List<Task<HttpResponseMessage>>();
        foreach (var customer in new[] { "c-1", "c-2", "c-3" })
        {
            for (var i = 0; i < 4; i++)
            {
                var batch = Batch(($"{customer}-r{i % 3}", customer, i));
                sends.Add((i % 2 == 0 ? one : two).PostJsonAsync("/api/v1/responses/batch", batch));
            }
        }

        Assert.All(await Task.WhenAll(sends), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var cases = (await (await admin.GetAsync("/api/v1/cases")).JsonAsync())["items"]!.AsArray();
        Assert.Equal(["c-1", "c-2", "c-3"], cases.Select(c => (string)c!["customer"]!).Order());
        Assert.Equal([1, 2, 3], cases.Select(c => (int)c!["number"]!).Order());
        foreach (var c in cases)
        {
            var trail = (await (await admin.GetAsync($"/api/v1/cases/{(string)c!["id"]!}")).JsonAsync())["trail"]!.AsArray();
            Assert.Equal(2, trail.Count(e => (string)e!["kind"]! == "response_linked")); // three distinct answers: one opened it, two joined
        }
    }

    [Fact]
    public async Task A_batch_retried_after_an_instance_went_away_opens_no_second_case()
    {
        var batch = Batch(("r-1", "c-1", 1), ("r-2", "c-2", 3));
        var first = app.CreateInstance();
        Assert.Equal(HttpStatusCode.OK, (await ClientOf(first).PostJsonAsync("/api/v1/responses/batch", batch)).StatusCode);
        await first.DisposeAsync(); // the client never saw the answer, say, and sends again to another instance

        await using var restarted = app.CreateInstance();
        var retry = await (await ClientOf(restarted).PostJsonAsync("/api/v1/responses/batch", batch)).JsonAsync();

        Assert.Equal((0, 2), ((int)retry["created"]!, (int)retry["duplicates"]!));
        Assert.Equal(2, (await (await admin.GetAsync("/api/v1/cases")).JsonAsync())["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task Three_instances_deliver_each_webhook_once_signed()
    {
        await using var receiver = new WebhookReceiver();
        var created = await (await admin.PostJsonAsync("/api/v1/webhooks", $$"""{"url": "{{receiver.Url}}", "events": ["case.created", "response.created"]}""")).JsonAsync();
        receiver.Secret = (string)created["secret"]!;
        Assert.Null((string?)(await (await admin.GetAsync("/api/v1/webhooks")).JsonAsync())[0]!["secret"]);
        await using var one = app.CreateInstance();
        await using var two = app.CreateInstance();
        _ = one.Server;
        _ = two.Server;

        Assert.Equal(HttpStatusCode.OK, (await admin.PostJsonAsync("/api/v1/responses/batch", Batch(("r-1", "c-1", 2), ("r-2", "c-2", 9)))).StatusCode);

        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(30);
        var hookId = (string)created["id"]!;
        while ((await (await admin.GetAsync($"/api/v1/webhooks/{hookId}/deliveries")).JsonAsync()).AsArray().Any(d => (string)d!["status"]! != "delivered"))
        {
            Assert.True(TimeProvider.System.GetUtcNow() < deadline, "webhooks were not delivered within 30 s");
            await Task.Delay(100);
        }

        await Task.Delay(1000); // time for a second, wrong, delivery to show up
        Assert.Equal(3, receiver.Requests.Count);
        Assert.All(receiver.Requests, r => Assert.True(r.SignatureValid));
        Assert.Equal(["case.created", "response.created", "response.created"], receiver.Requests.Select(r => r.Event!).Order());
        Assert.Equal(3, receiver.Requests.Select(r => r.EventId).Distinct().Count());
    }

    private static StringContent Json(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
