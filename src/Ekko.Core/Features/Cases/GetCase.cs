using Ekko.Core.Data;

namespace Ekko.Core.Features.Cases;

public sealed record GetCaseQuery(Guid WorkspaceId, Guid CaseId);

/// <summary>A case with its whole audit trail (notes, replies, status changes, SLA warnings) and linked action plans.</summary>
public sealed class GetCase(IDbContextFactory<EkkoDbContext> dbFactory, TimeProvider clock)
{
    public async Task<CaseDetail?> HandleAsync(GetCaseQuery query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await CaseDetails.LoadAsync(db, query.WorkspaceId, query.CaseId, clock.GetUtcNow(), cancellationToken);
    }
}
