using Ekko.Core.Data;
using Ekko.Core.Features.Journeys;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Surveys;

/// <summary>The reads and checks that several survey use cases share.</summary>
internal static class SurveyStore
{
    public static Task<Survey?> FindAsync(EkkoDbContext db, Guid workspaceId, string key, CancellationToken cancellationToken) =>
        db.Surveys.FirstOrDefaultAsync(s => s.WorkspaceId == workspaceId && s.Key == key, cancellationToken);

    /// <summary>Whether anyone has answered: a stored response or a started session.</summary>
    public static async Task<bool> HasAnswersAsync(EkkoDbContext db, Survey survey, CancellationToken cancellationToken) =>
        await db.SurveySessions.AnyAsync(s => s.SurveyId == survey.Id && s.Answers != "{}", cancellationToken)
        || await db.Responses.AnyAsync(r => r.WorkspaceId == survey.WorkspaceId && r.Survey == survey.Key, cancellationToken);

    /// <summary>The touchpoint's id, or an error naming the field when the workspace has no such touchpoint.</summary>
    public static async Task<(Guid? Id, FieldError? Error)> TouchpointAsync(EkkoDbContext db, Guid workspaceId, string? key, CancellationToken cancellationToken)
    {
        if (key is null)
        {
            return (null, null);
        }

        var id = await db.Touchpoints.Where(t => t.WorkspaceId == workspaceId && t.Key == key).Select(t => (Guid?)t.Id).FirstOrDefaultAsync(cancellationToken);
        return id is null ? (null, new FieldError("touchpoint", $"this workspace has no touchpoint '{key}'")) : (id, null);
    }

    public static async Task<SurveyView> ViewAsync(EkkoDbContext db, Survey survey, CancellationToken cancellationToken)
    {
        var touchpoint = survey.TouchpointId is { } id
            ? await db.Touchpoints.Where(t => t.Id == id).Select(t => t.Key).FirstOrDefaultAsync(cancellationToken)
            : null;
        return SurveyView.From(survey, touchpoint);
    }

    public static string Serialize<T>(T value) => System.Text.Json.JsonSerializer.Serialize(value, EkkoJson.Options);
}
