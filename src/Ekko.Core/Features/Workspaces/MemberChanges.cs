using Ekko.Core.Data;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Workspaces;

/// <summary>
/// The rules every change of a membership obeys: a workspace always keeps an owner, and only an owner may give
/// the owner role or change an owner's (an admin could otherwise make themselves owner and lock the owners out).
/// </summary>
internal static class MemberChanges
{
    /// <summary>The error of changing <paramref name="membership"/> to <paramref name="newRole"/> (null: removing it), or null when allowed.</summary>
    public static async Task<FieldError?> NotAllowedAsync(
        EkkoDbContext db, WorkspaceRole actorRole, Membership membership, WorkspaceRole? newRole, CancellationToken cancellationToken)
    {
        var touchesOwner = membership.Role == WorkspaceRole.Owner || newRole == WorkspaceRole.Owner;
        if (touchesOwner && actorRole != WorkspaceRole.Owner)
        {
            return new FieldError("role", "only an owner can give the owner role or change an owner's role");
        }

        if (membership.Role == WorkspaceRole.Owner && newRole != WorkspaceRole.Owner)
        {
            var owners = await db.Memberships.CountAsync(m => m.WorkspaceId == membership.WorkspaceId && m.Role == WorkspaceRole.Owner, cancellationToken);
            if (owners <= 1)
            {
                return new FieldError("role", "the workspace's last owner cannot be removed or given another role; make someone else owner first");
            }
        }

        return null;
    }
}
