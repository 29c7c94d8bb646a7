using Ekko.Core.Data;
using Ekko.Core.Features.Metrics;

namespace Ekko.Core.Features.ActionPlans;

public sealed record GetActionPlanQuery(Guid WorkspaceId, Guid PlanId);

/// <summary>A plan with its linked cases and its impact measured now (see <see cref="MeasurePlanImpact"/>).</summary>
public sealed class GetActionPlan(IDbContextFactory<EkkoDbContext> dbFactory, QueryMetrics metrics, TimeProvider clock)
{
    public async Task<ActionPlanView?> HandleAsync(GetActionPlanQuery query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var plan = await db.ActionPlans.AsNoTracking().FirstOrDefaultAsync(p => p.WorkspaceId == query.WorkspaceId && p.Id == query.PlanId, cancellationToken);
        if (plan is null)
        {
            return null;
        }

        var impact = await MeasurePlanImpact.MeasureAsync(metrics, plan, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), cancellationToken);
        return await ActionPlanInput.ViewAsync(db, plan, impact, cancellationToken);
    }
}
