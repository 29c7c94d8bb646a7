using System.Collections.Concurrent;

namespace Ekko.Core.Features.Workspaces;

/// <summary>
/// Remembers verified keys for a short time so that a busy ingestion client does not cost a database read
/// per request. Revocation clears the entry at once on this instance; other instances notice within
/// <see cref="Lifetime"/>.
/// </summary>
public sealed class ApiKeyCache(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    internal bool TryGet(string prefix, out ApiKey key)
    {
        if (entries.TryGetValue(prefix, out var entry) && entry.ExpiresAt > clock.GetUtcNow())
        {
            key = entry.Key;
            return true;
        }

        key = null!;
        return false;
    }

    internal void Remember(ApiKey key) => entries[key.Prefix] = new Entry(key, clock.GetUtcNow() + Lifetime);

    public void Forget(string prefix) => entries.TryRemove(prefix, out _);

    private sealed record Entry(ApiKey Key, DateTimeOffset ExpiresAt);
}
