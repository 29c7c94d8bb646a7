using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.ActionPlans;

public sealed record CreateActionPlanCommand(Guid WorkspaceId, JsonNode? Body);

/// <summary>Creates a plan from a theme, touchpoint, insight or alert (see <see cref="ActionPlanInput"/>); it starts today unless told otherwise.</summary>
public sealed class CreateActionPlan(IDbContextFactory<EkkoDbContext> dbFactory, TimeProvider clock)
{
    public async Task<CommandResult<ActionPlanView>> HandleAsync(CreateActionPlanCommand command, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var plan = new ActionPlan { WorkspaceId = command.WorkspaceId, Title = "", StartsOn = DateOnly.FromDateTime(now.UtcDateTime), CreatedAt = now, UpdatedAt = now };
        var cases = new List<Guid>();
        var errors = await ActionPlanInput.ReadIntoAsync(db, command.WorkspaceId, command.Body, plan, isNew: true, cases, cancellationToken);
        if (errors.Count > 0)
        {
            return CommandResult<ActionPlanView>.Invalid(errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ActionPlans.Add(plan);
        await ActionPlanInput.LinkAndAnnounceAsync(db, plan, cases, null, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return CommandResult<ActionPlanView>.Ok(await ActionPlanInput.ViewAsync(db, plan, null, cancellationToken));
    }
}
