namespace Ekko.Core.Features.Workspaces;

/// <summary>An API key as listed: never its secret. <see cref="Key"/> is set only in the answer that creates it.</summary>
public sealed record ApiKeyView(Guid Id, string Name, string Prefix, ApiKeyScope Scope, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt, string? Key = null)
{
    public static ApiKeyView From(ApiKey k, string? key = null) => new(k.Id, k.Name, k.Prefix, k.Scope, k.CreatedAt, k.RevokedAt, key);
}
