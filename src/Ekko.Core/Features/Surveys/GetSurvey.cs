using Ekko.Core.Data;

namespace Ekko.Core.Features.Surveys;

public sealed record GetSurveyQuery(Guid WorkspaceId, string Key);

public sealed class GetSurvey(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async Task<SurveyView?> HandleAsync(GetSurveyQuery query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await SurveyStore.FindAsync(db, query.WorkspaceId, query.Key, cancellationToken) is { } survey
            ? await SurveyStore.ViewAsync(db, survey, cancellationToken)
            : null;
    }
}
