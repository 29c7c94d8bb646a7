using Ekko.Core.Data;

namespace Ekko.Core.Features.Journeys;

public sealed record DeleteJourneyCommand(Guid WorkspaceId, string Key);

/// <summary>Deletes a journey map; its touchpoints and their data stay.</summary>
public sealed class DeleteJourney(IDbContextFactory<EkkoDbContext> dbFactory)
{
    /// <returns>false when the workspace has no such journey.</returns>
    public async Task<bool> HandleAsync(DeleteJourneyCommand command, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Journeys.Where(j => j.WorkspaceId == command.WorkspaceId && j.Key == command.Key).ExecuteDeleteAsync(cancellationToken) > 0;
    }
}
