namespace Ekko.Core.Features.Integrations;

/// <summary>A subscription as the API shows it; <see cref="Secret"/> only in the answer to its creation.</summary>
public sealed record WebhookView(
    Guid Id, string Url, IReadOnlyList<string> Events, WebhookFormat Format, bool Active, int ConsecutiveFailures,
    DateTimeOffset? DisabledAt, string? DisabledReason, DateTimeOffset CreatedAt, string? Secret = null)
{
    public static WebhookView Of(WebhookSubscription s, bool withSecret = false) =>
        new(s.Id, s.Url, s.EventList, s.Format, s.Active, s.ConsecutiveFailures, s.DisabledAt, s.DisabledReason, s.CreatedAt, withSecret ? s.Secret : null);
}

public sealed record WebhookDeliveryView(
    Guid Id, Guid EventId, string EventType, WebhookDeliveryStatus Status, int Attempts, DateTimeOffset CreatedAt,
    DateTimeOffset? LastAttemptAt, DateTimeOffset? NextAttemptAt, int? LastStatusCode, string? LastError, DateTimeOffset? DeliveredAt);
