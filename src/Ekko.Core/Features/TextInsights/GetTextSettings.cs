using Ekko.Core.Data;

namespace Ekko.Core.Features.TextInsights;

public sealed record GetTextSettingsQuery(Guid WorkspaceId);

public sealed class GetTextSettings(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async Task<TextSettings?> HandleAsync(GetTextSettingsQuery query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.Workspaces.Where(w => w.Id == query.WorkspaceId).Select(w => new { w.RedactPii, w.Languages }).SingleOrDefaultAsync(cancellationToken);
        return row is null ? null : new TextSettings(row.RedactPii, TextSettings.Split(row.Languages));
    }
}
