using Ekko.Core.Data;

namespace Ekko.Core.Features.Workspaces;

/// <summary>Who an API key speaks for.</summary>
public sealed record ApiKeyIdentity(Guid KeyId, Guid WorkspaceId, ApiKeyScope Scope, string Prefix);

/// <summary>Checks a presented key against the stored hash (in constant time) and that it is not revoked.</summary>
public sealed class AuthenticateApiKey(IDbContextFactory<EkkoDbContext> dbFactory, ApiKeyCache cache)
{
    /// <returns>null for anything but a valid, active key.</returns>
    public async Task<ApiKeyIdentity?> HandleAsync(string? presentedKey, CancellationToken cancellationToken)
    {
        if (!ApiKeyToken.TryParse(presentedKey, out var token))
        {
            return null;
        }

        if (!cache.TryGet(token.Prefix, out var key))
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var stored = await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Prefix == token.Prefix, cancellationToken);
            if (stored is null)
            {
                return null;
            }

            cache.Remember(stored);
            key = stored;
        }

        return key.IsActive && token.Matches(key.SecretHash) ? new ApiKeyIdentity(key.Id, key.WorkspaceId, key.Scope, key.Prefix) : null;
    }
}
