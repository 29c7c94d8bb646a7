using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Features.Metrics;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.ActionPlans;

public sealed record UpdateActionPlanCommand(Guid WorkspaceId, Guid PlanId, JsonNode? Body);

/// <summary>Changes the fields given (owner, due date, status, scope, linked cases ...); the webhook carries the impact sentence as it stands.</summary>
public sealed class UpdateActionPlan(IDbContextFactory<EkkoDbContext> dbFactory, QueryMetrics metrics, TimeProvider clock)
{
    public async Task<CommandResult<ActionPlanView>> HandleAsync(UpdateActionPlanCommand command, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var plan = await db.ActionPlans.FirstOrDefaultAsync(p => p.WorkspaceId == command.WorkspaceId && p.Id == command.PlanId, cancellationToken);
        if (plan is null)
        {
            return CommandResult<ActionPlanView>.NotFound();
        }

        var cases = new List<Guid>();
        var errors = await ActionPlanInput.ReadIntoAsync(db, command.WorkspaceId, command.Body, plan, isNew: false, cases, cancellationToken);
        if (errors.Count > 0)
        {
            return CommandResult<ActionPlanView>.Invalid(errors);
        }

        var now = clock.GetUtcNow();
        plan.UpdatedAt = now;
        var impact = await MeasurePlanImpact.MeasureAsync(metrics, plan, DateOnly.FromDateTime(now.UtcDateTime), cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await ActionPlanInput.LinkAndAnnounceAsync(db, plan, command.Body is JsonObject o && o.ContainsKey("cases") ? cases : null, impact, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return CommandResult<ActionPlanView>.Ok(await ActionPlanInput.ViewAsync(db, plan, impact, cancellationToken));
    }
}
