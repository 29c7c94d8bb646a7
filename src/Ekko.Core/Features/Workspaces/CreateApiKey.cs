using Ekko.Core.Data;

namespace Ekko.Core.Features.Workspaces;

public sealed record CreateApiKeyCommand(Guid WorkspaceId, string Name, ApiKeyScope Scope);

/// <summary>Creates an API key; the answer is the only time its full text exists outside the caller's hands.</summary>
public sealed class CreateApiKey(IDbContextFactory<EkkoDbContext> dbFactory, TimeProvider clock)
{
    public async Task<ApiKeyView> HandleAsync(CreateApiKeyCommand command, CancellationToken cancellationToken)
    {
        var token = ApiKeyToken.Generate();
        var key = new ApiKey
        {
            WorkspaceId = command.WorkspaceId,
            Name = command.Name,
            Prefix = token.Prefix,
            SecretHash = token.HashSecret(),
            Scope = command.Scope,
            CreatedAt = clock.GetUtcNow(),
        };
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return ApiKeyView.From(key, token.ToString());
    }
}
