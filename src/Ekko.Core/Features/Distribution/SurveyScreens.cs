using Ekko.Core.Features.Surveys;

namespace Ekko.Core.Features.Distribution;

/// <summary>Builds the question screen every entry point (open link, invitation, answer) ends with.</summary>
internal static class SurveyScreens
{
    /// <summary>Respondents see the company's name, not the survey's internal name ("Satisfaction after delivery, v2").</summary>
    public static Task<string> BrandAsync(Data.EkkoDbContext db, Survey survey, CancellationToken cancellationToken) =>
        db.Workspaces.Where(w => w.Id == survey.WorkspaceId).Select(w => w.Name).FirstAsync(cancellationToken);

    public static SurveyScreen Question(
        Survey survey, string brand, SurveyFlow flow, SurveyQuestion question, string language, string? sessionToken, AnswerProblem? problem = null, string? unsubscribeToken = null)
    {
        var visible = flow.Visible.ToList();
        var position = visible.FindIndex(q => q.Id == question.Id);
        return new SurveyScreen(
            SurveyScreenKind.Question, language, brand, flow.Definition.Languages, question, position + 1, Math.Max(position + 1, flow.EstimatedTotal),
            flow.Before(question.Id)?.Id, flow.Answers.GetValueOrDefault(question.Id), problem, sessionToken, unsubscribeToken);
    }

    /// <summary>The question asked for, when the respondent may see it; else where they left off.</summary>
    public static SurveyQuestion Current(SurveyFlow flow, string? requested) =>
        (requested is null ? null : flow.Visible.FirstOrDefault(q => q.Id == requested))
        ?? flow.FirstUnanswered()
        ?? flow.Visible[^1];

    public static SurveyScreen Done(SurveyScreenKind kind, Survey survey, string brand, string language, string? unsubscribeToken = null) =>
        new(kind, language, brand, survey.ReadDefinition().Languages, UnsubscribeToken: unsubscribeToken);
}
