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
        var ids = plans.Select(p => p.Id).ToList();
        var cases = (await db.ActionPlanCases.AsNoTracking().Where(c => ids.Contains(c.PlanId)).ToListAsync(cancellationToken))
            .ToLookup(c => c.PlanId, c => c.CaseId);
        return [.. plans.Select(p => new ActionPlanView(p.Id, p.Title, p.Description, p.Origin, p.OriginRef, p.Owner, p.DueOn, p.Status,
            p.StartsOn, p.Metric, p.Touchpoint, System.Text.Json.Nodes.JsonNode.Parse(p.Filters)!.AsObject(), p.WindowDays, [.. cases[p.Id]], p.CreatedAt, p.UpdatedAt))];
    }
}
