using Ekko.Core.Features.Surveys;

namespace Ekko.Core.Features.Distribution;

/// <summary>Builds the question screen every entry point (open link, invitation, answer) ends with.</summary>
internal static class SurveyScreens
{
    /// <remarks>Respondents see the company's name (<see cref="CachedSurvey.Brand"/>), not the survey's internal one.</remarks>
    public static SurveyScreen Question(
        CachedSurvey survey, SurveyFlow flow, SurveyQuestion question, string language, string? sessionToken, AnswerProblem? problem = null, string? unsubscribeToken = null)
    {
        var visible = flow.Visible.ToList();
        var position = visible.FindIndex(q => q.Id == question.Id);
        return new SurveyScreen(
            SurveyScreenKind.Question, language, survey.Brand, flow.Definition.Languages, question, position + 1, Math.Max(position + 1, flow.EstimatedTotal),
            flow.Before(question.Id)?.Id, flow.Answers.GetValueOrDefault(question.Id), problem, sessionToken, unsubscribeToken);
    }

    /// <summary>The question asked for, when the respondent may see it; else where they left off.</summary>
    public static SurveyQuestion Current(SurveyFlow flow, string? requested) =>
        (requested is null ? null : flow.Visible.FirstOrDefault(q => q.Id == requested))
        ?? flow.FirstUnanswered()
        ?? flow.Visible[^1];

    public static SurveyScreen Done(SurveyScreenKind kind, CachedSurvey survey, string language, string? unsubscribeToken = null) =>
        new(kind, language, survey.Brand, survey.Definition.Languages, UnsubscribeToken: unsubscribeToken);
}
