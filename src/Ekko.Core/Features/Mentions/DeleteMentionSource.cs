using Ekko.Core.Data;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Mentions;

public sealed record DeleteMentionSourceCommand(Guid WorkspaceId, Guid Id);

/// <summary>Stops listening to a feed. The mentions it brought in stay: they are part of the workspace's history.</summary>
public sealed class DeleteMentionSource(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async Task<CommandResult<bool>> HandleAsync(DeleteMentionSourceCommand command, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var deleted = await db.MentionSources.Where(s => s.WorkspaceId == command.WorkspaceId && s.Id == command.Id).ExecuteDeleteAsync(cancellationToken);
        return deleted == 0 ? CommandResult<bool>.NotFound() : CommandResult<bool>.Ok(true);
    }
}
