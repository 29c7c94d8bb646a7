using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Features.Cases;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Alerts;

public sealed record CreateCaseFromAlertCommand(Guid WorkspaceId, Guid AlertId, JsonNode? Body, string Actor);

/// <summary>
/// Opens an alert case through <see cref="CreateCase"/> (source <c>alert</c>): the alert's title and explanation,
/// its touchpoint for a touchpoint alert. The body may add <c>priority</c>, <c>team</c>, <c>assignee</c>,
/// <c>customer</c>, or replace <c>title</c> and <c>description</c>. One alert opens one case: asking again
/// answers with it.
/// </summary>
public sealed class CreateCaseFromAlert(IDbContextFactory<EkkoDbContext> dbFactory, CreateCase create, TimeProvider clock)
{
    private static readonly string[] FromAlert = ["alert", "response", "touchpoint"];

    public async Task<CommandResult<CaseDetail>> HandleAsync(CreateCaseFromAlertCommand command, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var alert = await db.Alerts.FirstOrDefaultAsync(a => a.WorkspaceId == command.WorkspaceId && a.Id == command.AlertId, cancellationToken);
        if (alert is null)
        {
            return CommandResult<CaseDetail>.NotFound();
        }

        if (command.Body is not null and not JsonObject)
        {
            return CommandResult<CaseDetail>.Invalid([new FieldError("body", "expected a JSON object (or no body)")]);
        }

        var body = command.Body?.DeepClone().AsObject() ?? [];
        if (FromAlert.Where(body.ContainsKey).Select(f => new FieldError(f, "comes from the alert")).ToList() is { Count: > 0 } errors)
        {
            return CommandResult<CaseDetail>.Invalid(errors);
        }

        body["alert"] = alert.Id.ToString();
        body.TryAdd("title", alert.Title.Length > 300 ? alert.Title[..300] : alert.Title);
        body.TryAdd("description", alert.Summary);
        if (alert.Scope == AlertScope.Touchpoint)
        {
            body["touchpoint"] = alert.ScopeValue;
        }

        var opened = await create.HandleAsync(new CreateCaseCommand(command.WorkspaceId, body, command.Actor), cancellationToken);
        if (opened.Status == CommandStatus.Ok && alert.CaseId != opened.Value!.Case.Id)
        {
            alert.CaseId = opened.Value.Case.Id;
            alert.Status = AlertStatus.Converted;
            alert.StatusBy = command.Actor;
            alert.UpdatedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
        }

        return opened;
    }
}
