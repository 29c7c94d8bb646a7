using Ekko.Core.Data;

namespace Ekko.Core.Features.Distribution;

public sealed record DeleteSurveyTriggerCommand(Guid WorkspaceId, Guid TriggerId);

/// <summary>Removes a trigger; invitations it already scheduled stay (and keep their place in the log).</summary>
public sealed class DeleteSurveyTrigger(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async Task<bool> HandleAsync(DeleteSurveyTriggerCommand command, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.SurveyTriggers.Where(t => t.WorkspaceId == command.WorkspaceId && t.Id == command.TriggerId).ExecuteDeleteAsync(cancellationToken) > 0;
    }
}
