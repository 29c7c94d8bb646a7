using Ekko.Core.Data;

namespace Ekko.Core.Features.Cases;

public sealed record ListCaseReplyTemplatesQuery(Guid WorkspaceId);

public sealed class ListCaseReplyTemplates(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async Task<IReadOnlyList<CaseReplyTemplateView>> HandleAsync(ListCaseReplyTemplatesQuery query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.CaseReplyTemplates.AsNoTracking().Where(t => t.WorkspaceId == query.WorkspaceId).OrderBy(t => t.Key).ThenBy(t => t.Language)
            .Select(t => new CaseReplyTemplateView(t.Key, t.Language, t.Subject, t.Body)).ToListAsync(cancellationToken);
    }
}
