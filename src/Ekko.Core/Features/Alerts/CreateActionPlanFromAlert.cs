using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Features.ActionPlans;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Alerts;

public sealed record CreateActionPlanFromAlertCommand(Guid WorkspaceId, Guid AlertId, JsonNode? Body, string Actor);

/// <summary>
/// Turns an alert into an action plan through <see cref="CreateActionPlan"/>: origin <c>alert</c>, the alert's id
/// as <c>origin_ref</c>, and the alert's scope (its metric when it is a score, its touchpoint, its segment value as
/// a filter). The body may add what a plan needs beyond that: <c>title</c> (default the alert's), <c>description</c>,
/// <c>owner</c>, <c>due_on</c>, <c>starts_on</c>, <c>window_days</c>, <c>cases</c>, and <c>metric</c> for alerts on
/// volume or a theme. Asking twice answers with the plan made the first time.
/// </summary>
public sealed class CreateActionPlanFromAlert(IDbContextFactory<EkkoDbContext> dbFactory, CreateActionPlan create, GetActionPlan get, TimeProvider clock)
{
    private static readonly string[] FromAlert = ["origin", "origin_ref", "touchpoint", "filters"];

    public async Task<CommandResult<ActionPlanView>> HandleAsync(CreateActionPlanFromAlertCommand command, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var alert = await db.Alerts.FirstOrDefaultAsync(a => a.WorkspaceId == command.WorkspaceId && a.Id == command.AlertId, cancellationToken);
        if (alert is null)
        {
            return CommandResult<ActionPlanView>.NotFound();
        }

        var reference = alert.Id.ToString();
        var existing = await db.ActionPlans.Where(p => p.WorkspaceId == command.WorkspaceId && p.Origin == ActionPlanOrigin.Alert && p.OriginRef == reference)
            .Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken);
        if (existing is null)
        {
            if (command.Body is not null and not JsonObject)
            {
                return CommandResult<ActionPlanView>.Invalid([new FieldError("body", "expected a JSON object (or no body)")]);
            }

            var body = command.Body?.DeepClone().AsObject() ?? [];
            var errors = FromAlert.Where(body.ContainsKey).Select(f => new FieldError(f, "comes from the alert")).ToList();
            var isScore = alert.Measure is "nps" or "csat" or "ces";
            if (isScore && body.ContainsKey("metric"))
            {
                errors.Add(new FieldError("metric", "comes from the alert"));
            }

            if (errors.Count > 0)
            {
                return CommandResult<ActionPlanView>.Invalid(errors);
            }

            body["origin"] = "alert";
            body["origin_ref"] = reference;
            if (!body.ContainsKey("title"))
            {
                body["title"] = alert.Title.Length > 300 ? alert.Title[..300] : alert.Title;
            }

            if (!body.ContainsKey("description"))
            {
                body["description"] = alert.Summary;
            }

            if (isScore)
            {
                body["metric"] = alert.Measure;
            }

            if (alert.Scope == AlertScope.Touchpoint)
            {
                body["touchpoint"] = alert.ScopeValue;
            }
            else if (alert.Scope == AlertScope.Segment)
            {
                body["filters"] = new JsonObject { [alert.ScopeDimension!] = new JsonArray(alert.ScopeValue) };
            }

            var created = await create.HandleAsync(new CreateActionPlanCommand(command.WorkspaceId, body), cancellationToken);
            if (created.Status != CommandStatus.Ok)
            {
                return created;
            }

            existing = created.Value!.Id;
        }

        if (alert.ActionPlanId != existing)
        {
            alert.ActionPlanId = existing;
            alert.Status = AlertStatus.Converted;
            alert.StatusBy = command.Actor;
            alert.UpdatedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
        }

        return CommandResult<ActionPlanView>.Ok((await get.HandleAsync(new GetActionPlanQuery(command.WorkspaceId, existing.Value), cancellationToken))!);
    }
}
