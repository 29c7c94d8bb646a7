using Ekko.Core.Data;

namespace Ekko.Core.Features.Metrics;

public sealed record GetActivityRuleQuery(Guid WorkspaceId);

public sealed class GetActivityRule(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async Task<ActivityRule?> HandleAsync(GetActivityRuleQuery query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await ActivityRule.LoadAsync(db, query.WorkspaceId, cancellationToken);
    }
}
