using Ekko.Core.Data;
using Ekko.Core.Formats;
using Microsoft.EntityFrameworkCore;

namespace Ekko.Core.Features.Journeys;

/// <summary>Resolves the touchpoint keys that ingested records use to the workspace's touchpoints.</summary>
internal static class TouchpointKeys
{
    // Every ingestion call needs this; a compiled query skips EF's per-call expression work.
    private static readonly Func<EkkoDbContext, Guid, IAsyncEnumerable<Touchpoint>> ForWorkspace =
        EF.CompileAsyncQuery((EkkoDbContext db, Guid workspaceId) => db.Touchpoints.AsNoTracking().Where(t => t.WorkspaceId == workspaceId));

    public static async Task<Dictionary<string, Guid>> LoadAsync(EkkoDbContext db, Guid workspaceId, CancellationToken cancellationToken)
    {
        var keys = new Dictionary<string, Guid>(StringComparer.Ordinal);
        await foreach (var touchpoint in ForWorkspace(db, workspaceId).WithCancellation(cancellationToken))
        {
            keys[touchpoint.Key] = touchpoint.Id;
        }

        return keys;
    }

    /// <summary>The other direction, for showing stored rows in the formats: touchpoint id to key.</summary>
    public static async Task<Dictionary<Guid, string>> KeysByIdAsync(EkkoDbContext db, Guid workspaceId, CancellationToken cancellationToken) =>
        (await LoadAsync(db, workspaceId, cancellationToken)).ToDictionary(p => p.Value, p => p.Key);

    public static FieldError Unknown(string key) =>
        new("touchpoint", $"unknown touchpoint '{key}'; create it first (POST /api/v1/touchpoints) or use one of the workspace's keys");
}
