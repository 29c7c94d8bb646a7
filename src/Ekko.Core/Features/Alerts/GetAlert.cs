using System.Text.Json.Nodes;
using Ekko.Core.Data;

namespace Ekko.Core.Features.Alerts;

public sealed record GetAlertQuery(Guid WorkspaceId, Guid Id);

public sealed class GetAlert(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async Task<JsonObject?> HandleAsync(GetAlertQuery query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var alert = await db.Alerts.AsNoTracking().FirstOrDefaultAsync(a => a.WorkspaceId == query.WorkspaceId && a.Id == query.Id, cancellationToken);
        return alert is null ? null : AlertJson.Write(alert);
    }
}
