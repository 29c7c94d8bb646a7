using Ekko.Core.Data;

namespace Ekko.Core.Features.Integrations;

public sealed record ListWebhookDeliveriesQuery(Guid WorkspaceId, Guid SubscriptionId, int Limit = 100);

/// <summary>The delivery log of one subscription, newest first; null when the workspace has no such subscription.</summary>
public sealed class ListWebhookDeliveries(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async Task<IReadOnlyList<WebhookDeliveryView>?> HandleAsync(ListWebhookDeliveriesQuery query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.WebhookSubscriptions.AnyAsync(s => s.WorkspaceId == query.WorkspaceId && s.Id == query.SubscriptionId, cancellationToken))
        {
            return null;
        }

        return await db.WebhookDeliveries.AsNoTracking()
            .Where(d => d.WorkspaceId == query.WorkspaceId && d.SubscriptionId == query.SubscriptionId)
            .OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id)
            .Take(Math.Clamp(query.Limit, 1, 500))
            .Select(d => new WebhookDeliveryView(d.Id, d.EventId, d.EventType, d.Status, d.Attempts, d.CreatedAt, d.LastAttemptAt,
                d.Status == WebhookDeliveryStatus.Pending ? d.NextAttemptAt : null, d.LastStatusCode, d.LastError, d.DeliveredAt))
            .ToListAsync(cancellationToken);
    }
}
