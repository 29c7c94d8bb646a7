using Ekko.Core.Data;
using Ekko.Core.Features.Cases;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Alerts;

public sealed record SubscribeToAlertsCommand(Guid WorkspaceId, string Email, bool Subscribed);

/// <summary>A workspace member opts in to (or out of) alert e-mails. Only members can subscribe: alerts carry the workspace's data.</summary>
public sealed class SubscribeToAlerts(IDbContextFactory<EkkoDbContext> dbFactory, TimeProvider clock)
{
    public async Task<CommandResult<IReadOnlyList<string>>> HandleAsync(SubscribeToAlertsCommand command, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var userId = command.Email.Length is > 0 and <= 320 && !command.Email.Any(char.IsControl) ? await WorkspaceMembers.IdOfAsync(db, command.WorkspaceId, command.Email, cancellationToken) : null;
        if (userId is null)
        {
            return CommandResult<IReadOnlyList<string>>.NotFound(); // not a member of this workspace
        }

        var row = db.AlertSubscribers.Where(s => s.WorkspaceId == command.WorkspaceId && s.UserId == userId);
        if (!command.Subscribed)
        {
            await row.ExecuteDeleteAsync(cancellationToken);
        }
        else if (!await row.AnyAsync(cancellationToken))
        {
            db.AlertSubscribers.Add(new AlertSubscriber { WorkspaceId = command.WorkspaceId, UserId = userId, CreatedAt = clock.GetUtcNow() });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Subscribed at the same moment by another request: the row is there, which is what was asked.
            }
        }

        return CommandResult<IReadOnlyList<string>>.Ok(await ListAlertSubscribers.EmailsAsync(db, command.WorkspaceId, cancellationToken));
    }
}
