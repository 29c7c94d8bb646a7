using Ekko.Core.Data;

namespace Ekko.Core.Features.Workspaces;

public sealed record ListMembersQuery(Guid WorkspaceId);

/// <summary>A member of a workspace as the settings page shows it.</summary>
public sealed record MemberView(string UserId, string Email, WorkspaceRole Role);

/// <summary>Who belongs to a workspace and with which role, by e-mail address.</summary>
public sealed class ListMembers(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async Task<IReadOnlyList<MemberView>> HandleAsync(ListMembersQuery query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await (from m in db.Memberships.AsNoTracking()
                          join u in db.Users on m.UserId equals u.Id
                          where m.WorkspaceId == query.WorkspaceId
                          select new MemberView(u.Id, u.Email ?? u.UserName ?? u.Id, m.Role)).ToListAsync(cancellationToken);
        return [.. rows.OrderBy(m => m.Role).ThenBy(m => m.Email, StringComparer.OrdinalIgnoreCase)];
    }
}
