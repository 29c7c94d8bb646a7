using Ekko.Core.Data;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Surveys;

public sealed record DeleteSurveyCommand(Guid WorkspaceId, string Key);

/// <summary>Deletes a survey nobody has answered. Answered surveys are closed instead, so their answers keep their questions.</summary>
public sealed class DeleteSurvey(IDbContextFactory<EkkoDbContext> dbFactory, SurveyCache cache)
{
    public async Task<CommandResult<bool>> HandleAsync(DeleteSurveyCommand command, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await SurveyStore.FindAsync(db, command.WorkspaceId, command.Key, cancellationToken) is not { } survey)
        {
            return CommandResult<bool>.NotFound();
        }

        if (await SurveyStore.HasAnswersAsync(db, survey, cancellationToken)
            || await db.Invitations.AnyAsync(i => i.SurveyId == survey.Id && i.Status != Distribution.InvitationStatus.Scheduled, cancellationToken))
        {
            return CommandResult<bool>.Conflict("key", $"survey '{command.Key}' has answers or sent invitations; close it instead of deleting it");
        }

        db.Surveys.Remove(survey);
        await db.SaveChangesAsync(cancellationToken);
        cache.Forget(survey);
        return CommandResult<bool>.Ok(true);
    }
}
