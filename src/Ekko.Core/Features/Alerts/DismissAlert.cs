using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Alerts;

public sealed record DismissAlertCommand(Guid WorkspaceId, Guid Id, string Actor);

/// <summary>The alert is not worth acting on (a known cause, noise). It stays in the list with its status.</summary>
public sealed class DismissAlert(IDbContextFactory<EkkoDbContext> dbFactory, TimeProvider clock)
{
    public Task<CommandResult<JsonObject>> HandleAsync(DismissAlertCommand command, CancellationToken cancellationToken) =>
        AlertStatusChange.MoveAsync(dbFactory, command.WorkspaceId, command.Id, AlertStatus.Dismissed, command.Actor, clock.GetUtcNow(), cancellationToken);
}
