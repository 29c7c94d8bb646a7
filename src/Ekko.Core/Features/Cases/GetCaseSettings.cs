using Ekko.Core.Data;

namespace Ekko.Core.Features.Cases;

public sealed record GetCaseSettingsQuery(Guid WorkspaceId);

public sealed class GetCaseSettings(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async Task<CaseSettingsView> HandleAsync(GetCaseSettingsQuery query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (settings, _) = await CaseSettingsStore.LoadAsync(db, query.WorkspaceId, cancellationToken);
        var zone = await db.Workspaces.Where(w => w.Id == query.WorkspaceId).Select(w => w.TimeZone).SingleAsync(cancellationToken);
        return CaseSettingsView.Of(settings, zone);
    }
}
