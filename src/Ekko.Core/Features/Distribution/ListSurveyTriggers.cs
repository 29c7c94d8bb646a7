using Ekko.Core.Data;

namespace Ekko.Core.Features.Distribution;

public sealed record ListSurveyTriggersQuery(Guid WorkspaceId, string SurveyKey);

public sealed class ListSurveyTriggers(IDbContextFactory<EkkoDbContext> dbFactory)
{
    /// <summary>The survey's triggers, or null when the workspace has no such survey.</summary>
    public async Task<IReadOnlyList<SurveyTriggerView>?> HandleAsync(ListSurveyTriggersQuery query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var survey = await db.Surveys.AsNoTracking().FirstOrDefaultAsync(s => s.WorkspaceId == query.WorkspaceId && s.Key == query.SurveyKey, cancellationToken);
        if (survey is null)
        {
            return null;
        }

        var touchpoints = await Journeys.TouchpointKeys.KeysByIdAsync(db, query.WorkspaceId, cancellationToken);
        var triggers = await db.SurveyTriggers.AsNoTracking().Where(t => t.SurveyId == survey.Id).OrderBy(t => t.CreatedAt).ToListAsync(cancellationToken);
        return [.. triggers.Select(t => new SurveyTriggerView(
            t.Id, survey.Key, t.InteractionType, t.TouchpointId is { } id ? touchpoints.GetValueOrDefault(id) : null, t.PropertyName, t.PropertyValue, t.DelayHours, t.Active))];
    }
}
