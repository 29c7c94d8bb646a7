using Ekko.Core.Data;

namespace Ekko.Core.Features.Workspaces;

public sealed record ListMyWorkspacesQuery(string UserId);

/// <summary>A workspace a user belongs to, with the user's role in it.</summary>
public sealed record MyWorkspace(Guid Id, string Slug, string Name, WorkspaceRole Role, string DefaultLanguage, string TimeZone)
{
    public bool Can(WorkspaceRight right) => Role.Allows(right);
}

/// <summary>The workspaces a signed-in user may open, by name: the web app's switcher and the check behind every page.</summary>
public sealed class ListMyWorkspaces(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async Task<IReadOnlyList<MyWorkspace>> HandleAsync(ListMyWorkspacesQuery query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Memberships.AsNoTracking().Where(m => m.UserId == query.UserId)
            .Join(db.Workspaces, m => m.WorkspaceId, w => w.Id, (m, w) => new MyWorkspace(w.Id, w.Slug, w.Name, m.Role, w.DefaultLanguage, w.TimeZone))
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(w => w.Name, StringComparer.CurrentCulture)];
    }
}
