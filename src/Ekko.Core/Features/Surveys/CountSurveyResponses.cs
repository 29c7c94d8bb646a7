using Ekko.Core.Data;

namespace Ekko.Core.Features.Surveys;

public sealed record CountSurveyResponsesQuery(Guid WorkspaceId);

/// <summary>How many responses each survey of a workspace has (by survey key), imported ones included, for the survey list.</summary>
public sealed class CountSurveyResponses(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async Task<IReadOnlyDictionary<string, int>> HandleAsync(CountSurveyResponsesQuery query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Responses.AsNoTracking().Where(r => r.WorkspaceId == query.WorkspaceId)
            .GroupBy(r => r.Survey).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, StringComparer.Ordinal, cancellationToken);
    }
}
