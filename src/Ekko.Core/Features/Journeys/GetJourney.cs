using Ekko.Core.Data;

namespace Ekko.Core.Features.Journeys;

public sealed record GetJourneyQuery(Guid WorkspaceId, string Key);

public sealed class GetJourney(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async Task<JourneyView?> HandleAsync(GetJourneyQuery query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return (await JourneyMaps.LoadAsync(db, query.WorkspaceId, query.Key, cancellationToken)).SingleOrDefault();
    }
}
