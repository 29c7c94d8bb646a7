using Ekko.Core.Data;

namespace Ekko.Core.Features.Workspaces;

public sealed record RevokeApiKeyCommand(Guid WorkspaceId, Guid KeyId);

/// <summary>Revokes a key for good. The key's record stays so the audit can still tell who sent what.</summary>
public sealed class RevokeApiKey(IDbContextFactory<EkkoDbContext> dbFactory, TimeProvider clock, ApiKeyCache cache)
{
    /// <returns>false when the workspace has no such key.</returns>
    public async Task<bool> HandleAsync(RevokeApiKeyCommand command, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.WorkspaceId == command.WorkspaceId && k.Id == command.KeyId, cancellationToken);
        if (key is null)
        {
            return false;
        }

        key.RevokedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        cache.Forget(key.Prefix);
        return true;
    }
}
