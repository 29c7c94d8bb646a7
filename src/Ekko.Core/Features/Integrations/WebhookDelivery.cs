namespace Ekko.Core.Features.Integrations;

/// <summary>
/// One event for one subscription: the outbox row written in the same transaction as the event itself (so an
/// event that happened is delivered, and one that was rolled back never is), then the delivery log.
/// </summary>
public sealed class WebhookDelivery
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid WorkspaceId { get; init; }
    public Guid SubscriptionId { get; init; }

    /// <summary>The event's id, the same for every subscription; receivers de-duplicate on it.</summary>
    public Guid EventId { get; init; }

    public required string EventType { get; init; }

    /// <summary>The body exactly as sent (the envelope, or the Slack message).</summary>
    public required string Payload { get; init; }

    public WebhookDeliveryStatus Status { get; set; } = WebhookDeliveryStatus.Pending;
    public int Attempts { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }
    public DateTimeOffset? LastAttemptAt { get; set; }
    public int? LastStatusCode { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
}

public enum WebhookDeliveryStatus
{
    Pending,
    Delivered,

    /// <summary>Gave up after the last retry.</summary>
    Failed,
}
