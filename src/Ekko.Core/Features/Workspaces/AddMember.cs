using Ekko.Core.Data;

namespace Ekko.Core.Features.Workspaces;

public sealed record AddMemberCommand(Guid WorkspaceId, string Email, WorkspaceRole Role);

/// <summary>Gives an existing user a role in a workspace (or changes the role they have).</summary>
public sealed class AddMember(IDbContextFactory<EkkoDbContext> dbFactory)
{
    /// <returns>false when no user has that e-mail address.</returns>
    public async Task<bool> HandleAsync(AddMemberCommand command, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var normalized = command.Email.ToUpperInvariant();
        var userId = await db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => u.Id).SingleOrDefaultAsync(cancellationToken);
        if (userId is null)
        {
            return false;
        }

        var membership = await db.Memberships.FindAsync([command.WorkspaceId, userId], cancellationToken);
        if (membership is null)
        {
            db.Memberships.Add(new Membership { WorkspaceId = command.WorkspaceId, UserId = userId, Role = command.Role });
        }
        else
        {
            membership.Role = command.Role;
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
