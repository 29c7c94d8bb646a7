using Ekko.Core.Data;
using Ekko.Core.Features.Surveys;

namespace Ekko.Core.Features.Distribution;

/// <summary>
/// One answer from a survey page. <see cref="SessionToken"/> names the session; the first answer on an open
/// link has none yet and names the survey by <see cref="Slug"/> instead.
/// </summary>
public sealed record AnswerSurveyCommand(
    string? SessionToken, string? Slug, string QuestionId, IReadOnlyList<string> Values, IReadOnlyList<string> BrowserLanguages,
    SessionStart? Start = null);

/// <summary>
/// Where a new session comes from when the first answer starts it: the open link (the default) or the website
/// widget, with the identified visitor and the page as attributes. Each channel must be enabled on the survey.
/// </summary>
public sealed record SessionStart(string Channel, Guid? CustomerId, string Attributes, string? Language);

/// <summary>
/// Saves one answer and says what comes next: the next question the respondent may see, or, after the last,
/// the thank-you page, at which point the response is recorded. Answers are saved as they come, so a
/// respondent who stops half-way still counts (as a partial response, see <see cref="RecordIdleSessions"/>).
/// </summary>
public sealed class AnswerSurvey(IDbContextFactory<EkkoDbContext> dbFactory, SurveyCache surveys, SurveyTokens tokens, SessionRecorder recorder, TimeProvider clock)
{
    public async Task<SurveyScreen> HandleAsync(AnswerSurveyCommand command, CancellationToken cancellationToken)
    {
        var pageLanguage = RespondentLanguage.ForPage(command.BrowserLanguages);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var session = tokens.ReadSession(command.SessionToken) is { } sessionId
            ? await db.SurveySessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken)
            : null;
        var cached = session is not null
            ? await surveys.ByIdAsync(session.SurveyId, cancellationToken)
            : command.Slug is null ? null : await surveys.BySlugAsync(command.Slug, cancellationToken);
        if (cached is null || (session is null && command.SessionToken is not null && command.Slug is null))
        {
            return SurveyScreen.Unavailable(SurveyScreenKind.NotFound, pageLanguage);
        }

        var (survey, definition) = (cached.Survey, cached.Definition);
        var start = command.Start ?? new SessionStart("link", null, "{}", null);
        var language = session?.Language ?? RespondentLanguage.Choose(definition.Languages, survey.DefaultLanguage, start.Language, null, command.BrowserLanguages);
        if (session?.RecordedAt is not null)
        {
            return SurveyScreens.Done(SurveyScreenKind.AlreadyAnswered, cached, language);
        }

        if (!survey.IsOpen || (session is null && !Allows(cached.Distribution, start.Channel)))
        {
            return SurveyScreens.Done(SurveyScreenKind.Closed, cached, language);
        }

        var flow = SurveyFlow.From(definition, session?.Answers ?? "{}");
        var question = flow.Visible.FirstOrDefault(q => q.Id == command.QuestionId);
        if (question is null)
        {
            var current = SurveyScreens.Current(flow, null);
            return SurveyScreens.Question(cached, flow, current, language, session is null ? null : tokens.ForSession(session.Id), AnswerProblem.UnknownQuestion);
        }

        var (answer, problem) = AnswerReader.Read(question, command.Values);
        if (problem is not null)
        {
            return SurveyScreens.Question(cached, flow, question, language, session is null ? null : tokens.ForSession(session.Id), problem);
        }

        var now = clock.GetUtcNow();
        var isNew = session is null;
        if (session is null)
        {
            session = new SurveySession
            {
                WorkspaceId = survey.WorkspaceId, SurveyId = survey.Id, Channel = start.Channel, CustomerId = start.CustomerId,
                Attributes = start.Attributes, Language = language, StartedAt = now,
            };
        }

        flow = flow.With(question.Id, answer);
        session.Answers = flow.AnswersJson();
        session.UpdatedAt = now;
        // After the last question, a required one skipped on the way (a "?q=" link jumps ahead) comes back first.
        var next = flow.After(question.Id) ?? flow.Visible.FirstOrDefault(q => q.Required && !flow.Answers.ContainsKey(q.Id));
        if (next is null)
        {
            session.CompletedAt = now;
        }

        // One commit for the answer, and for the response too when this was the last question.
        await recorder.SaveAsync(session, isNew, survey, record: next is null, cancellationToken);
        return next is not null
            ? SurveyScreens.Question(cached, flow, next, language, tokens.ForSession(session.Id))
            : SurveyScreens.Done(SurveyScreenKind.ThankYou, cached, language);
    }

    private static bool Allows(Surveys.SurveyDistribution distribution, string channel) => channel switch
    {
        "widget" => distribution.Widget?.Enabled == true,
        _ => distribution.OpenLink,
    };
}
