using Ekko.Core.Data;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Integrations;

public sealed record DeleteWebhookCommand(Guid WorkspaceId, Guid Id);

/// <summary>Removes a subscription with its delivery log and anything still pending.</summary>
public sealed class DeleteWebhook(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async Task<CommandResult<bool>> HandleAsync(DeleteWebhookCommand command, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var deleted = await db.WebhookSubscriptions.Where(s => s.WorkspaceId == command.WorkspaceId && s.Id == command.Id).ExecuteDeleteAsync(cancellationToken);
        return deleted == 0 ? CommandResult<bool>.NotFound() : CommandResult<bool>.Ok(true);
    }
}
