using Ekko.Core.Data;
using Ekko.Core.Features.Responses;

namespace Ekko.Core.Features.Integrations;

/// <summary>Announces newly stored responses (<c>response.created</c>, the public response format) from inside the ingestion transaction.</summary>
internal static class ResponseWebhooks
{
    public static async Task AnnounceAsync(EkkoDbContext db, IReadOnlyList<Response> stored, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (stored.Count == 0)
        {
            return;
        }

        var workspaceId = stored[0].WorkspaceId;
        var outbox = await WebhookOutbox.ForAsync(db, workspaceId, cancellationToken);
        if (!outbox.Wants(WebhookEvents.ResponseCreated))
        {
            return;
        }

        var customerIds = stored.Select(r => r.CustomerId).OfType<Guid>().Distinct().ToList();
        var customers = await db.Customers.AsNoTracking().Where(c => customerIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.ExternalId, cancellationToken);
        var touchpoints = await db.Touchpoints.AsNoTracking().Where(t => t.WorkspaceId == workspaceId).ToDictionaryAsync(t => t.Id, t => t.Key, cancellationToken);
        foreach (var response in stored)
        {
            outbox.Add(WebhookEvents.ResponseCreated, ResponseFormat.ToJson(
                response,
                response.CustomerId is { } c ? customers.GetValueOrDefault(c) : null,
                response.TouchpointId is { } t ? touchpoints.GetValueOrDefault(t) : null), now);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
