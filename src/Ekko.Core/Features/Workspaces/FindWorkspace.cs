using Ekko.Core.Data;

namespace Ekko.Core.Features.Workspaces;

public sealed record FindWorkspaceQuery(string? Slug);

/// <summary>The workspace a command-line verb works on: the one named, or the only one there is.</summary>
public sealed class FindWorkspace(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async Task<FoundWorkspace> HandleAsync(FindWorkspaceQuery query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var workspaces = await db.Workspaces.AsNoTracking().OrderBy(w => w.Slug).ToListAsync(cancellationToken);
        if (query.Slug is { } slug)
        {
            var found = workspaces.SingleOrDefault(w => w.Slug == slug);
            return found is not null ? new FoundWorkspace(found, null)
                : new FoundWorkspace(null, $"no workspace '{slug}'; there are: {string.Join(", ", workspaces.Select(w => w.Slug))}");
        }

        return workspaces.Count == 1 ? new FoundWorkspace(workspaces[0], null)
            : new FoundWorkspace(null, workspaces.Count == 0 ? "there is no workspace yet; run 'ekko migrate' or start the server once"
                : $"several workspaces exist; name one with --workspace: {string.Join(", ", workspaces.Select(w => w.Slug))}");
    }

    /// <summary>The workspace, or why there is none to work on.</summary>
    public sealed record FoundWorkspace(Workspace? Workspace, string? Error);
}
