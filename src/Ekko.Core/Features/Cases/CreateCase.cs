using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Cases;

public sealed record CreateCaseCommand(Guid WorkspaceId, JsonNode? Body, string Actor);

/// <summary>
/// Opens a case by hand or for an alert: <c>{"title", "customer"?, "description"?, "priority"?, "team"?,
/// "assignee"?, "touchpoint"?, "response"?, "alert"?}</c>. With <c>alert</c> the case is an alert case, and
/// the same alert id opens it only once (a repeat answers with the existing case).
/// </summary>
public sealed class CreateCase(IDbContextFactory<EkkoDbContext> dbFactory, TimeProvider clock)
{
    public async Task<CommandResult<CaseDetail>> HandleAsync(CreateCaseCommand command, CancellationToken cancellationToken)
    {
        var reader = RecordReader.For(command.Body, out var notAnObject);
        if (reader is null)
        {
            return CommandResult<CaseDetail>.Invalid([notAnObject!]);
        }

        var title = reader.RequiredString("title", 300);
        var description = reader.OptionalString("description", 10_000);
        var customerKey = reader.OptionalString("customer", 200);
        var priority = reader.Has("priority") ? reader.RequiredEnum<CasePriority>("priority") : CasePriority.Normal;
        var teamKey = reader.OptionalKey("team");
        var assigneeEmail = reader.OptionalString("assignee", 320);
        var touchpointKey = reader.OptionalKey("touchpoint");
        var responseKey = reader.OptionalString("response", 200);
        var alert = reader.OptionalString("alert", 200);
        reader.RejectUnknownFields();
        if (reader.Errors.Count > 0)
        {
            return CommandResult<CaseDetail>.Invalid(reader.Errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ws = command.WorkspaceId;
        var now = clock.GetUtcNow();
        if (alert is not null && await db.Cases.Where(c => c.WorkspaceId == ws && c.AlertRef == alert).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken) is { } existing)
        {
            return CommandResult<CaseDetail>.Ok((await CaseDetails.LoadAsync(db, ws, existing, now, cancellationToken))!);
        }

        var errors = new List<FieldError>();
        Guid? customerId = null, teamId = null, touchpointId = null, responseId = null;
        string? assigneeId = null;
        if (customerKey is not null && (customerId = await db.Customers.Where(c => c.WorkspaceId == ws && c.ExternalId == customerKey).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken)) is null)
        {
            errors.Add(new FieldError("customer", $"this workspace has no customer '{customerKey}'"));
        }

        if (teamKey is not null && (teamId = await db.CaseTeams.Where(t => t.WorkspaceId == ws && t.Key == teamKey).Select(t => (Guid?)t.Id).FirstOrDefaultAsync(cancellationToken)) is null)
        {
            errors.Add(new FieldError("team", $"this workspace has no team '{teamKey}'"));
        }

        if (touchpointKey is not null && (touchpointId = await db.Touchpoints.Where(t => t.WorkspaceId == ws && t.Key == touchpointKey).Select(t => (Guid?)t.Id).FirstOrDefaultAsync(cancellationToken)) is null)
        {
            errors.Add(new FieldError("touchpoint", $"this workspace has no touchpoint '{touchpointKey}'"));
        }

        if (responseKey is not null)
        {
            var response = await db.Responses.Where(r => r.WorkspaceId == ws && r.ExternalId == responseKey).Select(r => new { r.Id, r.CustomerId, r.TouchpointId }).FirstOrDefaultAsync(cancellationToken);
            if (response is null)
            {
                errors.Add(new FieldError("response", $"this workspace has no response '{responseKey}'"));
            }
            else if (await db.Cases.AnyAsync(c => c.ResponseId == response.Id, cancellationToken))
            {
                errors.Add(new FieldError("response", $"response '{responseKey}' already has a case"));
            }
            else
            {
                responseId = response.Id;
                customerId ??= response.CustomerId;
                touchpointId ??= response.TouchpointId;
            }
        }

        if (assigneeEmail is not null && (assigneeId = await WorkspaceMembers.IdOfAsync(db, ws, assigneeEmail, cancellationToken)) is null)
        {
            errors.Add(new FieldError("assignee", $"'{assigneeEmail}' is not a member of this workspace"));
        }

        if (errors.Count > 0)
        {
            return CommandResult<CaseDetail>.Invalid(errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var opened = await CaseOpening.OpenAsync(db, ws, [new NewCase(
            customerId, responseId, touchpointId, null, alert is null ? CaseSource.Manual : CaseSource.Alert, alert,
            title, description, priority, teamId, assigneeId, command.Actor, alert is null ? "opened by hand" : $"opened for alert {alert}")], now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return CommandResult<CaseDetail>.Ok((await CaseDetails.LoadAsync(db, ws, opened[0].Id, now, cancellationToken))!);
    }
}
