using Ekko.Core.Data;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Surveys;

public sealed record ChangeSurveyStatusCommand(Guid WorkspaceId, string Key, SurveyStatus Status);

/// <summary>Publishes, closes, reopens or returns a survey to draft, as <see cref="Survey.ChangeStatus"/> allows.</summary>
public sealed class ChangeSurveyStatus(IDbContextFactory<EkkoDbContext> dbFactory, SurveyCache cache, TimeProvider clock)
{
    public async Task<CommandResult<SurveyView>> HandleAsync(ChangeSurveyStatusCommand command, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await SurveyStore.FindAsync(db, command.WorkspaceId, command.Key, cancellationToken) is not { } survey)
        {
            return CommandResult<SurveyView>.NotFound();
        }

        var hasAnswers = command.Status == SurveyStatus.Draft && await SurveyStore.HasAnswersAsync(db, survey, cancellationToken);
        if (survey.ChangeStatus(command.Status, hasAnswers, clock.GetUtcNow()) is { } notAllowed)
        {
            return CommandResult<SurveyView>.Conflict("status", notAllowed);
        }

        await db.SaveChangesAsync(cancellationToken);
        cache.Forget(survey);
        return CommandResult<SurveyView>.Ok(await SurveyStore.ViewAsync(db, survey, cancellationToken));
    }
}
