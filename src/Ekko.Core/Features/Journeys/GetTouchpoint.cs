using Ekko.Core.Data;

namespace Ekko.Core.Features.Journeys;

public sealed record GetTouchpointQuery(Guid WorkspaceId, string Key);

public sealed class GetTouchpoint(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async Task<TouchpointView?> HandleAsync(GetTouchpointQuery query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var touchpoint = await db.Touchpoints.AsNoTracking()
            .SingleOrDefaultAsync(t => t.WorkspaceId == query.WorkspaceId && t.Key == query.Key, cancellationToken);
        return touchpoint is null ? null : TouchpointView.From(touchpoint);
    }
}
