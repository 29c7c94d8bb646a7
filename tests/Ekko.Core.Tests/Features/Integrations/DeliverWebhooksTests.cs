using System.Text.Json.Nodes;
using Ekko.Core.Features.Integrations;
using Ekko.Core.Formats;
using Ekko.Core.Tests.Features.Cases;
using Ekko.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Ekko.Core.Tests.Features.Integrations;

/// <summary>Webhooks against a real HTTP receiver on 127.0.0.1 that verifies signatures: delivery, retries with backoff, disabling, the Slack format.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "xunit disposes it through IAsyncLifetime.DisposeAsync")]
public sealed class DeliverWebhooksTests : IAsyncLifetime
{
    private readonly WebhookReceiver receiver = new();
    private ClosedLoopWorld world = null!;
    private WebhookOptions options = new() { AllowPrivateNetworks = true, FirstRetrySeconds = 30, MaxAttempts = 4, DisableAfterFailures = 5 };
    private WebhookTransport? transport;

    public async Task InitializeAsync()
    {
        world = await ClosedLoopWorld.CreateAsync();
        receiver.Now = world.Clock.GetUtcNow;
    }

    public async Task DisposeAsync()
    {
        transport?.Dispose();
        await receiver.DisposeAsync();
        await world.DisposeAsync();
    }

    private async Task<WebhookView> SubscribeAsync(string body)
    {
        var created = await new CreateWebhook(world.Db, world.Clock).HandleAsync(new CreateWebhookCommand(world.Workspace, JsonNode.Parse(body)), CancellationToken.None);
        Assert.True(created.Status == CommandStatus.Ok, string.Join("; ", created.Errors));
        receiver.Secret = created.Value!.Secret;
        return created.Value;
    }

    private Task<DeliverWebhooksResult> DeliverAsync()
    {
        transport ??= new WebhookTransport(options);
        return new DeliverWebhooks(world.Db, transport, options, world.Clock).HandleAsync(new DeliverWebhooksCommand(100), CancellationToken.None);
    }

    private async Task<IReadOnlyList<WebhookDeliveryView>> LogAsync(Guid subscription) =>
        (await new ListWebhookDeliveries(world.Db).HandleAsync(new ListWebhookDeliveriesQuery(world.Workspace, subscription), CancellationToken.None))!;

    [Fact]
    public async Task A_stored_response_is_delivered_once_signed_with_a_timestamp_the_receiver_verifies()
    {
        var hook = await SubscribeAsync($$"""{"url": "{{receiver.Url}}", "events": ["response.created"]}""");
        Assert.StartsWith("whsec_", hook.Secret, StringComparison.Ordinal);
        await world.RespondAsync("""{"id": "r-1", "customer_id": "c-1", "metric": "nps", "score": 9, "comment": "Snabbt!"}""");

        // Two instances delivering at once send it once: the lease is the claim.
        var rounds = await Task.WhenAll(DeliverAsync(), DeliverAsync());

        Assert.Equal(1, rounds.Sum(r => r.Delivered));
        var got = Assert.Single(receiver.Requests);
        Assert.True(got.SignatureValid);
        Assert.Equal(("response.created", 200), (got.Event, got.AnsweredWith));
        Assert.Matches(@"^t=\d{10},v1=[0-9a-f]{64}$", got.Signature);
        var body = JsonNode.Parse(got.Body)!;
        Assert.Equal(("response.created", got.EventId, "r-1", "c-1", "Snabbt!"), ((string)body["type"]!, (string?)body["id"], (string)body["data"]!["id"]!, (string)body["data"]!["customer_id"]!, (string)body["data"]!["comment"]!));
        var log = Assert.Single(await LogAsync(hook.Id));
        Assert.Equal((WebhookDeliveryStatus.Delivered, 1, 200), (log.Status, log.Attempts, log.LastStatusCode));

        // What a receiver must refuse: a changed body, and the same request replayed ten minutes later.
        Assert.False(WebhookSignature.Verify(hook.Secret!, got.Signature, got.Body.Replace("Snabbt", "Långsamt", StringComparison.Ordinal), world.Clock.GetUtcNow(), WebhookSignature.DefaultTolerance));
        Assert.False(WebhookSignature.Verify(hook.Secret!, got.Signature, got.Body, world.Clock.GetUtcNow().AddMinutes(10), WebhookSignature.DefaultTolerance));
    }

    [Fact]
    public async Task Failures_are_retried_with_exponential_backoff_and_jitter_until_delivered()
    {
        var hook = await SubscribeAsync($$"""{"url": "{{receiver.Url}}", "events": ["case.created"]}""");
        await world.AddRuleAsync("""{"name": "detractors", "metric": "nps", "max_score": 6}""");
        await world.RespondAsync("""{"id": "r-1", "customer_id": "c-2", "metric": "nps", "score": 1}""");
        receiver.AnswerNext(500, 503);
        var start = world.Clock.GetUtcNow();

        Assert.Equal(1, (await DeliverAsync()).Retrying);
        var first = Assert.Single(await LogAsync(hook.Id));
        Assert.InRange(first.NextAttemptAt!.Value - start, TimeSpan.FromSeconds(24), TimeSpan.FromSeconds(36)); // 30 s +-20%
        Assert.Equal(("HTTP 500 Internal Server Error", 500), (first.LastError, first.LastStatusCode));
        Assert.Equal(0, (await DeliverAsync()).Retrying + (await DeliverAsync()).Delivered); // not due yet

        world.Clock.SetUtcNow(first.NextAttemptAt.Value);
        Assert.Equal(1, (await DeliverAsync()).Retrying);
        var second = Assert.Single(await LogAsync(hook.Id));
        Assert.InRange(second.NextAttemptAt!.Value - first.NextAttemptAt.Value, TimeSpan.FromSeconds(48), TimeSpan.FromSeconds(72)); // 60 s +-20%

        world.Clock.SetUtcNow(second.NextAttemptAt.Value);
        Assert.Equal(1, (await DeliverAsync()).Delivered);
        var done = Assert.Single(await LogAsync(hook.Id));
        Assert.Equal((WebhookDeliveryStatus.Delivered, 3, (string?)null), (done.Status, done.Attempts, done.LastError));
        Assert.Equal([500, 503, 200], receiver.Requests.Select(r => r.AnsweredWith));
        Assert.Single(receiver.Requests.Select(r => r.EventId).Distinct());
        Assert.All(receiver.Requests, r => Assert.True(r.SignatureValid));
    }

    [Fact]
    public async Task A_receiver_that_keeps_failing_gets_its_subscription_turned_off_and_on_again_it_gets_what_waited()
    {
        options = options with { DisableAfterFailures = 3, MaxAttempts = 10 };
        var hook = await SubscribeAsync($$"""{"url": "{{receiver.Url}}", "events": ["response.created"]}""");
        await world.RespondAsync("""{"id": "r-1", "customer_id": "c-1"}""", """{"id": "r-2", "customer_id": "c-2"}""");
        receiver.AnswerNext(500, 500, 500);

        var round = await DeliverAsync();
        Assert.Equal(2, round.Retrying);
        world.Clock.Advance(TimeSpan.FromMinutes(1));
        round = await DeliverAsync();
        Assert.Equal(hook.Id, Assert.Single(round.Disabled));
        world.Clock.Advance(TimeSpan.FromHours(1));
        var idle = await DeliverAsync(); // a disabled subscription gets nothing, however long one waits
        Assert.Equal(0, idle.Delivered + idle.Retrying + idle.Failed);

        var listed = Assert.Single(await new ListWebhooks(world.Db).HandleAsync(new ListWebhooksQuery(world.Workspace), CancellationToken.None));
        Assert.False(listed.Active);
        Assert.StartsWith("turned off on 2026-05-04", listed.DisabledReason, StringComparison.Ordinal);
        Assert.Contains("after 3 failed attempts in a row", listed.DisabledReason, StringComparison.Ordinal);
        Assert.Null(listed.Secret);
        Assert.Equal(3, receiver.Requests.Count);

        var enabled = await new UpdateWebhook(world.Db).HandleAsync(new UpdateWebhookCommand(world.Workspace, hook.Id, JsonNode.Parse("""{"active": true}""")), CancellationToken.None);
        Assert.Equal((true, 0), (enabled.Value!.Active, enabled.Value.ConsecutiveFailures));
        var recovered = await DeliverAsync();
        Assert.Equal(2, recovered.Delivered);
        Assert.All(await LogAsync(hook.Id), d => Assert.Equal(WebhookDeliveryStatus.Delivered, d.Status));
    }

    [Fact]
    public async Task A_delivery_is_given_up_after_the_last_attempt_and_errors_never_show_the_url_or_the_secret()
    {
        options = options with { MaxAttempts = 2 };
        var hook = await SubscribeAsync($$"""{"url": "http://127.0.0.1:1/hooks/secret-path-token", "events": ["response.created"]}""");
        await world.RespondAsync("""{"id": "r-1", "customer_id": "c-1"}""");

        await DeliverAsync();
        world.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(1, (await DeliverAsync()).Failed);

        var log = Assert.Single(await LogAsync(hook.Id));
        Assert.Equal((WebhookDeliveryStatus.Failed, 2, (int?)null), (log.Status, log.Attempts, log.LastStatusCode));
        Assert.NotNull(log.LastError);
        Assert.DoesNotContain("secret-path-token", log.LastError, StringComparison.Ordinal);
        Assert.DoesNotContain(hook.Secret!, log.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Private_addresses_are_refused_unless_allowed_and_the_slack_format_is_a_sentence()
    {
        options = options with { AllowPrivateNetworks = false, MaxAttempts = 1 };
        var hook = await SubscribeAsync($$"""{"url": "{{receiver.Url}}", "events": ["case.created"], "format": "slack"}""");
        await world.AddRuleAsync("""{"name": "detractors", "metric": "nps", "max_score": 6}""");
        await world.RespondAsync("""{"id": "r-1", "customer_id": "c-1", "touchpoint": "home-delivery", "metric": "nps", "score": 2}""");

        Assert.Equal(1, (await DeliverAsync()).Failed);
        Assert.Empty(receiver.Requests);
        Assert.Contains("loopback or private network address", Assert.Single(await LogAsync(hook.Id)).LastError, StringComparison.Ordinal);

        await using var db = world.Db.CreateDbContext();
        var payload = JsonNode.Parse((await db.WebhookDeliveries.SingleAsync()).Payload)!.AsObject();
        Assert.Equal("Case #1 opened (normal): NPS 2 from Anna Berg at home-delivery (assigned to agent1@nordvik.example)", (string)payload["text"]!);
        Assert.Single(payload);
    }
}
