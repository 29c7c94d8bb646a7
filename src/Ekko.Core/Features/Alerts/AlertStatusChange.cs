using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Alerts;

/// <summary>Moves an alert to acknowledged or dismissed; a converted alert (it became a plan or a case) stays converted.</summary>
internal static class AlertStatusChange
{
    public static async Task<CommandResult<JsonObject>> MoveAsync(
        IDbContextFactory<EkkoDbContext> dbFactory, Guid workspaceId, Guid id, AlertStatus to, string actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var alert = await db.Alerts.FirstOrDefaultAsync(a => a.WorkspaceId == workspaceId && a.Id == id, cancellationToken);
        if (alert is null)
        {
            return CommandResult<JsonObject>.NotFound();
        }

        if (alert.Status == AlertStatus.Converted)
        {
            return CommandResult<JsonObject>.Conflict("status", "the alert became an action plan or a case; it stays converted");
        }

        if (alert.Status != to)
        {
            alert.Status = to;
            alert.StatusBy = actor;
            alert.UpdatedAt = now;
            await db.SaveChangesAsync(cancellationToken);
        }

        return CommandResult<JsonObject>.Ok(AlertJson.Write(alert));
    }
}
