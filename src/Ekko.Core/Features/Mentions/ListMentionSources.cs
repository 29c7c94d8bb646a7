using Ekko.Core.Data;

namespace Ekko.Core.Features.Mentions;

public sealed record ListMentionSourcesQuery(Guid WorkspaceId);

/// <summary>The workspace's feeds, oldest first, with how their last poll went.</summary>
public sealed class ListMentionSources(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async Task<IReadOnlyList<MentionSourceView>> HandleAsync(ListMentionSourcesQuery query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.MentionSources.AsNoTracking().Where(s => s.WorkspaceId == query.WorkspaceId)
            .OrderBy(s => s.CreatedAt).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        return [.. rows.Select(MentionSourceView.Of)];
    }
}
