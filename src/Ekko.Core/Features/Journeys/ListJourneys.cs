using Ekko.Core.Data;

namespace Ekko.Core.Features.Journeys;

public sealed record ListJourneysQuery(Guid WorkspaceId);

public sealed class ListJourneys(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async Task<IReadOnlyList<JourneyView>> HandleAsync(ListJourneysQuery query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await JourneyMaps.LoadAsync(db, query.WorkspaceId, key: null, cancellationToken);
    }
}
