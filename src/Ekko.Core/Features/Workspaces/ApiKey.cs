namespace Ekko.Core.Features.Workspaces;

/// <summary>
/// An API key as stored: only a SHA-256 hash of its secret part. The key itself is shown once, when created.
/// A fast hash is right here (unlike for passwords): the secret is 256 random bits, so there is nothing to guess.
/// </summary>
public sealed class ApiKey
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid WorkspaceId { get; init; }
    public required string Name { get; set; }

    /// <summary>Public, unique lookup part of the key (<c>ekko_{Prefix}_{secret}</c>); safe to show and log.</summary>
    public required string Prefix { get; init; }

    public required byte[] SecretHash { get; init; }
    public ApiKeyScope Scope { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? RevokedAt { get; set; }

    public bool IsActive => RevokedAt is null;
}
