using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Alerts;

public sealed record AcknowledgeAlertCommand(Guid WorkspaceId, Guid Id, string Actor);

/// <summary>Someone has seen the alert and looks into it.</summary>
public sealed class AcknowledgeAlert(IDbContextFactory<EkkoDbContext> dbFactory, TimeProvider clock)
{
    public Task<CommandResult<JsonObject>> HandleAsync(AcknowledgeAlertCommand command, CancellationToken cancellationToken) =>
        AlertStatusChange.MoveAsync(dbFactory, command.WorkspaceId, command.Id, AlertStatus.Acknowledged, command.Actor, clock.GetUtcNow(), cancellationToken);
}
