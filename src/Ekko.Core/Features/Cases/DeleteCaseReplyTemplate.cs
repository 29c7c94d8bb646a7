using Ekko.Core.Data;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Cases;

public sealed record DeleteCaseReplyTemplateCommand(Guid WorkspaceId, string Key);

/// <summary>Deletes a reply template in all its languages.</summary>
public sealed class DeleteCaseReplyTemplate(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async Task<CommandResult<bool>> HandleAsync(DeleteCaseReplyTemplateCommand command, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var deleted = await db.CaseReplyTemplates.Where(t => t.WorkspaceId == command.WorkspaceId && t.Key == command.Key).ExecuteDeleteAsync(cancellationToken);
        return deleted == 0 ? CommandResult<bool>.NotFound() : CommandResult<bool>.Ok(true);
    }
}
