using Ekko.Core.Data;

namespace Ekko.Core.Features.Cases;

internal static class CaseDetails
{
    public static async Task<CaseDetail?> LoadAsync(EkkoDbContext db, Guid workspaceId, Guid caseId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.WorkspaceId == workspaceId && c.Id == caseId, cancellationToken);
        if (@case is null)
        {
            return null;
        }

        var view = (await CaseViews.OfAsync(db, [@case], now, cancellationToken))[0];
        var trail = await db.CaseEvents.AsNoTracking().Where(e => e.CaseId == caseId).OrderBy(e => e.At).ThenBy(e => e.Id)
            .Select(e => new CaseEventView(e.At, e.Actor, e.Kind, e.From, e.To, e.Text)).ToListAsync(cancellationToken);
        var plans = await db.ActionPlanCases.AsNoTracking().Where(p => p.CaseId == caseId).Select(p => p.PlanId).ToListAsync(cancellationToken);
        return new CaseDetail(view, trail, plans);
    }
}
