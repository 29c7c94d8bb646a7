using Ekko.Core.Data;

namespace Ekko.Core.Features.TextInsights;

public sealed record GetTextSettingsQuery(Guid WorkspaceId);

public sealed class GetTextSettings(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async Task<TextSettings?> HandleAsync(GetTextSettingsQuery query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Workspaces.Where(w => w.Id == query.WorkspaceId).Select(w => new TextSettings(w.RedactPii)).SingleOrDefaultAsync(cancellationToken);
    }
}
