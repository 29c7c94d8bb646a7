using Ekko.Core.Data;

namespace Ekko.Core.Features.Journeys;

public sealed record ListTouchpointsQuery(Guid WorkspaceId);

/// <summary>All touchpoints of a workspace in journey order (before, during, after purchase), then by name.</summary>
public sealed class ListTouchpoints(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async Task<IReadOnlyList<TouchpointView>> HandleAsync(ListTouchpointsQuery query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var touchpoints = await db.Touchpoints.AsNoTracking().Where(t => t.WorkspaceId == query.WorkspaceId).ToListAsync(cancellationToken);
        return touchpoints.OrderBy(t => t.Stage).ThenBy(t => t.Name, StringComparer.CurrentCulture).Select(TouchpointView.From).ToList();
    }
}
