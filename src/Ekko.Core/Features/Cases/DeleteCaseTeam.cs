using Ekko.Core.Data;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Cases;

public sealed record DeleteCaseTeamCommand(Guid WorkspaceId, string Key);

/// <summary>Deletes a team; its cases keep their assignees and lose the team.</summary>
public sealed class DeleteCaseTeam(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async Task<CommandResult<bool>> HandleAsync(DeleteCaseTeamCommand command, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var team = await db.CaseTeams.FirstOrDefaultAsync(t => t.WorkspaceId == command.WorkspaceId && t.Key == command.Key, cancellationToken);
        if (team is null)
        {
            return CommandResult<bool>.NotFound();
        }

        db.CaseTeams.Remove(team);
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<bool>.Ok(true);
    }
}
