using Ekko.Core.Data;

namespace Ekko.Core.Features.ActionPlans;

public sealed record ListActionPlansQuery(Guid WorkspaceId, ActionPlanStatus? Status = null);

/// <summary>The workspace's plans, newest first, without impact (that is measured per plan, on its detail).</summary>
public sealed class ListActionPlans(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async Task<IReadOnlyList<ActionPlanView>> HandleAsync(ListActionPlansQuery query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var plans = await db.ActionPlans.AsNoTracking()
            .Where(p => p.WorkspaceId == query.WorkspaceId && (query.Status == null || p.Status == query.Status))
            .OrderByDescending(p => p.CreatedAt).Take(500).ToListAsync(cancellationToken);
        var views = new List<ActionPlanView>();
        foreach (var plan in plans)
        {
            views.Add(await ActionPlanInput.ViewAsync(db, plan, null, cancellationToken));
        }

        return views;
    }
}
