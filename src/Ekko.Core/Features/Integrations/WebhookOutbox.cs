using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Integrations;

/// <summary>
/// Writes webhook deliveries into the caller's unit of work, so they commit or roll back with the event
/// they announce (the transactional outbox); <see cref="DeliverWebhooks"/> sends them afterwards. Load it once
/// per transaction: it reads the workspace's active subscriptions once.
/// </summary>
internal sealed class WebhookOutbox
{
    private readonly EkkoDbContext db;
    private readonly Guid workspaceId;
    private readonly List<WebhookSubscription> subscriptions;

    private WebhookOutbox(EkkoDbContext db, Guid workspaceId, List<WebhookSubscription> subscriptions)
    {
        this.db = db;
        this.workspaceId = workspaceId;
        this.subscriptions = subscriptions;
    }

    public static async Task<WebhookOutbox> ForAsync(EkkoDbContext db, Guid workspaceId, CancellationToken cancellationToken) =>
        new(db, workspaceId, await db.WebhookSubscriptions.AsNoTracking()
            .Where(s => s.WorkspaceId == workspaceId && s.Active)
            .ToListAsync(cancellationToken));

    public bool Wants(string eventType) => subscriptions.Any(s => s.EventList.Contains(eventType));

    /// <summary>Adds one delivery per subscription to <paramref name="eventType"/>; the caller saves.</summary>
    public void Add(string eventType, JsonObject data, DateTimeOffset now)
    {
        var eventId = Guid.CreateVersion7();
        foreach (var subscription in subscriptions.Where(s => s.EventList.Contains(eventType)))
        {
            var envelope = new JsonObject
            {
                ["id"] = eventId.ToString(),
                ["type"] = eventType,
                ["created_at"] = now.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                ["data"] = data.DeepClone(),
            };
            var payload = subscription.Format == WebhookFormat.Slack
                ? new JsonObject { ["text"] = WebhookText.Describe(eventType, data) }
                : envelope;
            db.WebhookDeliveries.Add(new WebhookDelivery
            {
                WorkspaceId = workspaceId,
                SubscriptionId = subscription.Id,
                EventId = eventId,
                EventType = eventType,
                Payload = payload.ToJsonString(EkkoJson.Options),
                CreatedAt = now,
                NextAttemptAt = now,
            });
        }
    }
}
