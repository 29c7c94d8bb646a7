using Ekko.Core.Data;

namespace Ekko.Core.Features.Cases;

public sealed record ListCasesByIdQuery(Guid WorkspaceId, IReadOnlyCollection<Guid> Ids);

/// <summary>The cases with these ids in the workspace (ids of other workspaces are not found), by number: an action plan's linked cases.</summary>
public sealed class ListCasesById(IDbContextFactory<EkkoDbContext> dbFactory, TimeProvider clock)
{
    public const int MaxIds = 1000;

    public async Task<IReadOnlyList<CaseView>> HandleAsync(ListCasesByIdQuery query, CancellationToken cancellationToken)
    {
        if (query.Ids.Count == 0)
        {
            return [];
        }

        var ids = query.Ids.Distinct().Take(MaxIds).ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Cases.AsNoTracking().Where(c => c.WorkspaceId == query.WorkspaceId && ids.Contains(c.Id)).OrderBy(c => c.Number).ToListAsync(cancellationToken);
        return await CaseViews.OfAsync(db, rows, clock.GetUtcNow(), cancellationToken);
    }
}
