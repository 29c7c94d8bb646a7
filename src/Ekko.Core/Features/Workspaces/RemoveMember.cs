using Ekko.Core.Data;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Workspaces;

/// <param name="ActorRole">The role of the member making the change, in this workspace.</param>
public sealed record RemoveMemberCommand(Guid WorkspaceId, WorkspaceRole ActorRole, string UserId);

/// <summary>Takes a user out of a workspace (the user account stays), never its last owner (<see cref="MemberChanges"/>).</summary>
public sealed class RemoveMember(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async Task<CommandResult<bool>> HandleAsync(RemoveMemberCommand command, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Memberships.FindAsync([command.WorkspaceId, command.UserId], cancellationToken) is not { } membership)
        {
            return CommandResult<bool>.NotFound();
        }

        if (await MemberChanges.NotAllowedAsync(db, command.ActorRole, membership, null, cancellationToken) is { } error)
        {
            return CommandResult<bool>.Conflict(error.Field, error.Message);
        }

        db.Memberships.Remove(membership);
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<bool>.Ok(true);
    }
}
