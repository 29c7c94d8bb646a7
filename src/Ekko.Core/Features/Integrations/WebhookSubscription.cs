namespace Ekko.Core.Features.Integrations;

/// <summary>
/// Where to POST which events. Payloads are signed with <see cref="Secret"/> (HMAC-SHA256, see
/// docs/closed-loop.md); the secret is shown once, when the subscription is created, and never logged.
/// After <see cref="WebhookOptions.DisableAfterFailures"/> failed attempts in a row the subscription turns
/// itself off and says why; deliveries wait, pending, until it is turned on again.
/// </summary>
public sealed class WebhookSubscription
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid WorkspaceId { get; init; }
    public required string Url { get; set; }

    /// <summary>Event types, comma-separated (response.created,case.created,...).</summary>
    public required string Events { get; set; }

    public WebhookFormat Format { get; set; } = WebhookFormat.Json;
    public required string Secret { get; init; }
    public bool Active { get; set; } = true;
    public int ConsecutiveFailures { get; set; }
    public DateTimeOffset? DisabledAt { get; set; }
    public string? DisabledReason { get; set; }
    public DateTimeOffset CreatedAt { get; init; }

    public IReadOnlyList<string> EventList => Events.Split(',', StringSplitOptions.RemoveEmptyEntries);
}

public enum WebhookFormat
{
    /// <summary>The event envelope as JSON.</summary>
    Json,

    /// <summary>A Slack incoming-webhook message (<c>{"text": ...}</c>) with the event in words.</summary>
    Slack,
}
