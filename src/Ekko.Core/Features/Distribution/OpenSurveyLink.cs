using Ekko.Core.Data;
using Ekko.Core.Features.Surveys;

namespace Ekko.Core.Features.Distribution;

public sealed record OpenSurveyLinkQuery(string Slug, string? SessionToken, string? ChosenLanguage, IReadOnlyList<string> BrowserLanguages, string? QuestionId);

/// <summary>
/// The open link <c>/s/{slug}</c>: anyone may answer, anonymously. A session starts with the first answer (so
/// page views by link checkers store nothing); a return visit with the session's cookie resumes where it stopped.
/// </summary>
public sealed class OpenSurveyLink(IDbContextFactory<EkkoDbContext> dbFactory, SurveyTokens tokens)
{
    public async Task<SurveyScreen> HandleAsync(OpenSurveyLinkQuery query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var survey = await db.Surveys.AsNoTracking().FirstOrDefaultAsync(s => s.Slug == query.Slug, cancellationToken);
        if (survey is null)
        {
            return SurveyScreen.Unavailable(SurveyScreenKind.NotFound, RespondentLanguage.ForPage(query.BrowserLanguages));
        }

        var definition = survey.ReadDefinition();
        var brand = await SurveyScreens.BrandAsync(db, survey, cancellationToken);
        var session = tokens.ReadSession(query.SessionToken) is { } sessionId
            ? await db.SurveySessions.FirstOrDefaultAsync(s => s.Id == sessionId && s.SurveyId == survey.Id, cancellationToken)
            : null;
        var language = query.ChosenLanguage is null && session is not null
            ? session.Language
            : RespondentLanguage.Choose(definition.Languages, survey.DefaultLanguage, query.ChosenLanguage, null, query.BrowserLanguages);
        if (!survey.IsOpen || !survey.ReadDistribution().OpenLink)
        {
            return SurveyScreens.Done(SurveyScreenKind.Closed, survey, brand, language);
        }

        if (session?.RecordedAt is not null)
        {
            return SurveyScreens.Done(SurveyScreenKind.AlreadyAnswered, survey, brand, language);
        }

        if (session is not null && session.Language != language)
        {
            session.Language = language;
            await db.SaveChangesAsync(cancellationToken);
        }

        var flow = SurveyFlow.From(definition, session?.Answers ?? "{}");
        return SurveyScreens.Question(survey, brand, flow, SurveyScreens.Current(flow, query.QuestionId), language, session is null ? null : tokens.ForSession(session.Id));
    }
}
