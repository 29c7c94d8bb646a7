using Ekko.Core.Data;
using Ekko.Core.Features.Surveys;

namespace Ekko.Core.Features.Distribution;

public sealed record OpenInvitationQuery(string Token, int? Score, string? ChosenLanguage, IReadOnlyList<string> BrowserLanguages, string? QuestionId);

/// <summary>
/// A personal invitation link <c>/i/{token}</c>: signed, expiring, and good for one response. Opening it starts
/// (or resumes) the invitee's session; a score in the link (the e-mail's one-click buttons) is saved at once, so
/// it counts even if the respondent goes no further. After the response is recorded the link only says thanks.
/// </summary>
public sealed class OpenInvitation(IDbContextFactory<EkkoDbContext> dbFactory, SurveyCache surveys, SurveyTokens tokens, TimeProvider clock)
{
    public async Task<SurveyScreen> HandleAsync(OpenInvitationQuery query, CancellationToken cancellationToken)
    {
        var pageLanguage = RespondentLanguage.ForPage(query.BrowserLanguages);
        var (check, invitationId) = tokens.ReadInvitation(query.Token);
        if (check == TokenCheck.Forged)
        {
            return SurveyScreen.Unavailable(SurveyScreenKind.NotFound, pageLanguage);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.Id == invitationId, cancellationToken);
        var cached = invitation is null ? null : await surveys.ByIdAsync(invitation.SurveyId, cancellationToken);
        if (invitation is null || cached is null)
        {
            return SurveyScreen.Unavailable(SurveyScreenKind.NotFound, pageLanguage);
        }

        var (survey, definition) = (cached.Survey, cached.Definition);
        var session = await db.SurveySessions.FirstOrDefaultAsync(s => s.InvitationId == invitation.Id, cancellationToken);
        var profileLanguage = await db.Customers.Where(c => c.Id == invitation.CustomerId).Select(c => c.Language).FirstOrDefaultAsync(cancellationToken);
        var language = query.ChosenLanguage is null && session is not null
            ? session.Language
            : RespondentLanguage.Choose(definition.Languages, survey.DefaultLanguage, query.ChosenLanguage ?? invitation.Language, profileLanguage, query.BrowserLanguages);
        var unsubscribe = tokens.ForUnsubscribe(invitation.Id);
        if (invitation.Status == InvitationStatus.Answered || session?.RecordedAt is not null)
        {
            return SurveyScreens.Done(SurveyScreenKind.AlreadyAnswered, cached, language, unsubscribe);
        }

        if (check == TokenCheck.Expired || invitation.ExpiresAt < clock.GetUtcNow())
        {
            return SurveyScreens.Done(SurveyScreenKind.Expired, cached, language, unsubscribe);
        }

        if (!survey.IsOpen)
        {
            return SurveyScreens.Done(SurveyScreenKind.Closed, cached, language, unsubscribe);
        }

        session ??= await StartAsync(db, invitation, language, cancellationToken);
        session.Language = language;
        var flow = SurveyFlow.From(definition, session.Answers);
        var requested = query.QuestionId;
        AnswerProblem? problem = null;
        if (query.Score is { } score && definition.ScoredQuestion is { } scored)
        {
            var (answer, scoreProblem) = AnswerReader.Read(scored, [score.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            if (answer is not null)
            {
                flow = flow.With(scored.Id, answer);
                session.Answers = flow.AnswersJson();
                session.UpdatedAt = clock.GetUtcNow();
                requested = flow.After(scored.Id)?.Id ?? scored.Id;
            }
            else
            {
                (requested, problem) = (scored.Id, scoreProblem);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return SurveyScreens.Question(cached, flow, SurveyScreens.Current(flow, requested), language, tokens.ForSession(session.Id), problem, unsubscribe);
    }

    /// <summary>One session per invitation (a unique index); when two first clicks race, the loser reads the winner's.</summary>
    private async Task<SurveySession> StartAsync(EkkoDbContext db, Invitation invitation, string language, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var session = new SurveySession
        {
            WorkspaceId = invitation.WorkspaceId,
            SurveyId = invitation.SurveyId,
            InvitationId = invitation.Id,
            CustomerId = invitation.CustomerId,
            Channel = "email",
            Language = language,
            Attributes = invitation.Attributes,
            StartedAt = now,
            UpdatedAt = now,
        };
        db.SurveySessions.Add(session);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return session;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return await db.SurveySessions.FirstAsync(s => s.InvitationId == invitation.Id, cancellationToken);
        }
    }
}
