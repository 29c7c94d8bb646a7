using Ekko.Core.Data;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Workspaces;

/// <param name="ActorRole">The role of the member making the change, in this workspace.</param>
public sealed record ChangeMemberRoleCommand(Guid WorkspaceId, WorkspaceRole ActorRole, string UserId, WorkspaceRole Role);

/// <summary>Gives a member another role, keeping the workspace's last owner (<see cref="MemberChanges"/>).</summary>
public sealed class ChangeMemberRole(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async Task<CommandResult<MemberView>> HandleAsync(ChangeMemberRoleCommand command, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Memberships.FindAsync([command.WorkspaceId, command.UserId], cancellationToken) is not { } membership)
        {
            return CommandResult<MemberView>.NotFound();
        }

        if (await MemberChanges.NotAllowedAsync(db, command.ActorRole, membership, command.Role, cancellationToken) is { } error)
        {
            return CommandResult<MemberView>.Conflict(error.Field, error.Message);
        }

        membership.Role = command.Role;
        await db.SaveChangesAsync(cancellationToken);
        var email = await db.Users.Where(u => u.Id == command.UserId).Select(u => u.Email).FirstAsync(cancellationToken);
        return CommandResult<MemberView>.Ok(new MemberView(command.UserId, email ?? command.UserId, membership.Role));
    }
}
