using Ekko.Core.Data;

namespace Ekko.Core.Features.Cases;

/// <summary>People who can take cases: users with a membership in the workspace, named by e-mail.</summary>
internal static class WorkspaceMembers
{
    public static async Task<string?> IdOfAsync(EkkoDbContext db, Guid workspaceId, string email, CancellationToken cancellationToken)
    {
        var normalized = email.ToUpperInvariant();
        return await (from u in db.Users
                      join m in db.Memberships on u.Id equals m.UserId
                      where m.WorkspaceId == workspaceId && u.NormalizedEmail == normalized
                      select u.Id).FirstOrDefaultAsync(cancellationToken);
    }

    public static Task<string?> EmailOfAsync(EkkoDbContext db, string userId, CancellationToken cancellationToken) =>
        db.Users.Where(u => u.Id == userId).Select(u => u.Email).FirstOrDefaultAsync(cancellationToken);
}
