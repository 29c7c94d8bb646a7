using Ekko.Core.Data;

namespace Ekko.Core.Features.Cases;

public sealed record ListCaseRulesQuery(Guid WorkspaceId);

/// <summary>The rules in the order they are tried.</summary>
public sealed class ListCaseRules(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async Task<IReadOnlyList<CaseRuleView>> HandleAsync(ListCaseRulesQuery query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rules = await db.CaseRules.AsNoTracking().Where(r => r.WorkspaceId == query.WorkspaceId).OrderBy(r => r.Position).ThenBy(r => r.CreatedAt).ToListAsync(cancellationToken);
        return await CaseRuleInput.ViewsAsync(db, query.WorkspaceId, rules, cancellationToken);
    }
}
