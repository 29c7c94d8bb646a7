using Ekko.Core.Data;
using Ekko.Core.Formats;
using Microsoft.EntityFrameworkCore;

namespace Ekko.Core.Features.Journeys;

/// <summary>Resolves the touchpoint keys that ingested records use to the workspace's touchpoints.</summary>
internal static class TouchpointKeys
{
    public static async Task<Dictionary<string, Guid>> LoadAsync(EkkoDbContext db, Guid workspaceId, CancellationToken cancellationToken) =>
        await db.Touchpoints.AsNoTracking()
            .Where(t => t.WorkspaceId == workspaceId)
            .ToDictionaryAsync(t => t.Key, t => t.Id, StringComparer.Ordinal, cancellationToken);

    public static FieldError Unknown(string key) =>
        new("touchpoint", $"unknown touchpoint '{key}'; create it first (POST /api/v1/touchpoints) or use one of the workspace's keys");
}
