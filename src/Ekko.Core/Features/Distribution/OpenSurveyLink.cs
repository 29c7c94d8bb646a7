using Ekko.Core.Data;
using Ekko.Core.Features.Surveys;

namespace Ekko.Core.Features.Distribution;

public sealed record OpenSurveyLinkQuery(string Slug, string? SessionToken, string? ChosenLanguage, IReadOnlyList<string> BrowserLanguages, string? QuestionId);

/// <summary>
/// The open link <c>/s/{slug}</c>: anyone may answer, anonymously. A session starts with the first answer (so
/// page views by link checkers store nothing); a return visit with the session's cookie resumes where it stopped.
/// </summary>
public sealed class OpenSurveyLink(IDbContextFactory<EkkoDbContext> dbFactory, SurveyCache surveys, SurveyTokens tokens)
{
    public async Task<SurveyScreen> HandleAsync(OpenSurveyLinkQuery query, CancellationToken cancellationToken)
    {
        if (await surveys.BySlugAsync(query.Slug, cancellationToken) is not { } cached)
        {
            return SurveyScreen.Unavailable(SurveyScreenKind.NotFound, RespondentLanguage.ForPage(query.BrowserLanguages));
        }

        var (survey, definition) = (cached.Survey, cached.Definition);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var session = tokens.ReadSession(query.SessionToken) is { } sessionId
            ? await db.SurveySessions.FirstOrDefaultAsync(s => s.Id == sessionId && s.SurveyId == survey.Id, cancellationToken)
            : null;
        var language = query.ChosenLanguage is null && session is not null
            ? session.Language
            : RespondentLanguage.Choose(definition.Languages, survey.DefaultLanguage, query.ChosenLanguage, null, query.BrowserLanguages);
        if (!survey.IsOpen || !cached.Distribution.OpenLink)
        {
            return SurveyScreens.Done(SurveyScreenKind.Closed, cached, language);
        }

        if (session?.RecordedAt is not null)
        {
            return SurveyScreens.Done(SurveyScreenKind.AlreadyAnswered, cached, language);
        }

        if (session is not null && session.Language != language)
        {
            session.Language = language;
            await db.SaveChangesAsync(cancellationToken);
        }

        var flow = SurveyFlow.From(definition, session?.Answers ?? "{}");
        return SurveyScreens.Question(cached, flow, SurveyScreens.Current(flow, query.QuestionId), language, session is null ? null : tokens.ForSession(session.Id));
    }
}
