using Ekko.Core.Data;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Journeys;

public sealed record DeleteTouchpointCommand(Guid WorkspaceId, string Key);

/// <summary>
/// Deletes a touchpoint that no data refers to (it leaves the journeys that held it). A touchpoint with
/// interactions or responses is refused: deleting it would silently re-label history.
/// </summary>
public sealed class DeleteTouchpoint(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async Task<CommandResult<bool>> HandleAsync(DeleteTouchpointCommand command, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var touchpoint = await db.Touchpoints.SingleOrDefaultAsync(t => t.WorkspaceId == command.WorkspaceId && t.Key == command.Key, cancellationToken);
        if (touchpoint is null)
        {
            return CommandResult<bool>.NotFound();
        }

        var interactions = await db.Interactions.CountAsync(i => i.WorkspaceId == command.WorkspaceId && i.TouchpointId == touchpoint.Id, cancellationToken);
        var responses = await db.Responses.CountAsync(r => r.WorkspaceId == command.WorkspaceId && r.TouchpointId == touchpoint.Id, cancellationToken);
        if (interactions + responses > 0)
        {
            return CommandResult<bool>.Conflict("key", $"touchpoint '{command.Key}' has {interactions} interactions and {responses} responses; it cannot be deleted");
        }

        db.Touchpoints.Remove(touchpoint);
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<bool>.Ok(true);
    }
}
