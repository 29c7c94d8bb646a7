using Ekko.Core.Data;

namespace Ekko.Core.Features.Integrations;

public sealed record ListWebhooksQuery(Guid WorkspaceId);

public sealed class ListWebhooks(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async Task<IReadOnlyList<WebhookView>> HandleAsync(ListWebhooksQuery query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.WebhookSubscriptions.AsNoTracking().Where(s => s.WorkspaceId == query.WorkspaceId).OrderBy(s => s.CreatedAt).ToListAsync(cancellationToken);
        return [.. rows.Select(s => WebhookView.Of(s))];
    }
}
