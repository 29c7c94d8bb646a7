using Ekko.Core.Data;

namespace Ekko.Core.Features.Surveys;

public sealed record ListSurveysQuery(Guid WorkspaceId);

/// <summary>A survey in a list: enough to choose one, without its questions.</summary>
public sealed record SurveySummary(string Key, string Name, SurveyStatus Status, string? Touchpoint, IReadOnlyList<string> Languages, int Questions, string OpenLink, DateTimeOffset UpdatedAt);

public sealed class ListSurveys(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async Task<IReadOnlyList<SurveySummary>> HandleAsync(ListSurveysQuery query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var surveys = await db.Surveys.AsNoTracking().Where(s => s.WorkspaceId == query.WorkspaceId).OrderBy(s => s.Key).ToListAsync(cancellationToken);
        var touchpoints = await TouchpointKeysOf(db, query.WorkspaceId, cancellationToken);
        return [.. surveys.Select(s =>
        {
            var definition = s.ReadDefinition();
            return new SurveySummary(s.Key, s.Name, s.Status, s.TouchpointId is { } t ? touchpoints.GetValueOrDefault(t) : null,
                definition.Languages, definition.Questions.Count, $"/s/{s.Slug}", s.UpdatedAt);
        })];
    }

    private static Task<Dictionary<Guid, string>> TouchpointKeysOf(EkkoDbContext db, Guid workspaceId, CancellationToken cancellationToken) =>
        Journeys.TouchpointKeys.KeysByIdAsync(db, workspaceId, cancellationToken);
}
