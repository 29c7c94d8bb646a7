using Ekko.Core.Data;

namespace Ekko.Core.Features.Workspaces;

public sealed record ListApiKeysQuery(Guid WorkspaceId);

public sealed class ListApiKeys(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async Task<IReadOnlyList<ApiKeyView>> HandleAsync(ListApiKeysQuery query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var keys = await db.ApiKeys.AsNoTracking().Where(k => k.WorkspaceId == query.WorkspaceId).ToListAsync(cancellationToken);
        return keys.OrderBy(k => k.CreatedAt).Select(k => ApiKeyView.From(k)).ToList();
    }
}
