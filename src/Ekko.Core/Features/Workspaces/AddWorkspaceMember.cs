using Ekko.Core.Data;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Workspaces;

/// <param name="ActorRole">The role of the member making the change, in this workspace.</param>
public sealed record AddWorkspaceMemberCommand(Guid WorkspaceId, WorkspaceRole ActorRole, string Email, WorkspaceRole Role);

/// <summary>
/// A member adds a user (who has an account) to the workspace with a role, or gives an existing member that role,
/// under the rules of <see cref="MemberChanges"/>. <see cref="AddMember"/> is the unchecked form for set-up code.
/// </summary>
public sealed class AddWorkspaceMember(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async Task<CommandResult<MemberView>> HandleAsync(AddWorkspaceMemberCommand command, CancellationToken cancellationToken)
    {
        var email = command.Email.Trim();
        if (email.Length is 0 or > 256 || !email.Contains('@', StringComparison.Ordinal))
        {
            return CommandResult<MemberView>.Invalid([new FieldError("email", "expected an e-mail address")]);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var normalized = email.ToUpperInvariant();
        var user = await db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => new { u.Id, u.Email }).FirstOrDefaultAsync(cancellationToken);
        if (user is null)
        {
            return CommandResult<MemberView>.Invalid([new FieldError("email", $"no user has the address '{email}'; they need an account first")]);
        }

        var membership = await db.Memberships.FindAsync([command.WorkspaceId, user.Id], cancellationToken);
        var error = membership is not null
            ? await MemberChanges.NotAllowedAsync(db, command.ActorRole, membership, command.Role, cancellationToken)
            : command.Role == WorkspaceRole.Owner && command.ActorRole != WorkspaceRole.Owner
                ? new FieldError("role", "only an owner can give the owner role or change an owner's role")
                : null;
        if (error is not null)
        {
            return CommandResult<MemberView>.Conflict(error.Field, error.Message);
        }

        if (membership is null)
        {
            db.Memberships.Add(new Membership { WorkspaceId = command.WorkspaceId, UserId = user.Id, Role = command.Role });
        }
        else
        {
            membership.Role = command.Role;
        }

        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<MemberView>.Ok(new MemberView(user.Id, user.Email ?? email, command.Role));
    }
}
