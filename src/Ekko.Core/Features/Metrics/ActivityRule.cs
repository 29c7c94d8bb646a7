using Ekko.Analytics.Retention;
using Ekko.Core.Data;

namespace Ekko.Core.Features.Metrics;

/// <summary>
/// What makes a customer "active" in this workspace, for churn and retention: an interaction of one of
/// <see cref="Types"/> within the last <see cref="WindowDays"/> days (by default an order in the last 90).
/// </summary>
public sealed record ActivityRule(IReadOnlyList<string> Types, int WindowDays)
{
    public const int MaxWindowDays = 3650;

    internal static async Task<ActivityRule?> LoadAsync(EkkoDbContext db, Guid workspaceId, CancellationToken cancellationToken)
    {
        var settings = await db.Workspaces.Where(w => w.Id == workspaceId)
            .Select(w => new { w.ActivityTypes, w.ActivityWindowDays }).SingleOrDefaultAsync(cancellationToken);
        return settings is null ? null : new ActivityRule(Split(settings.ActivityTypes), settings.ActivityWindowDays);
    }

    internal static IReadOnlyList<string> Split(string types) => types.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Every customer with at least one qualifying interaction, with the UTC days of those interactions.</summary>
    internal async Task<IReadOnlyList<ActivityHistory>> HistoriesAsync(EkkoDbContext db, Guid workspaceId, CancellationToken cancellationToken)
    {
        var types = Types.ToList();
        var events = await db.Interactions.AsNoTracking()
            .Where(i => i.WorkspaceId == workspaceId && i.CustomerId != null && types.Contains(i.Type))
            .Select(i => new { i.CustomerId, i.OccurredAt })
            .ToListAsync(cancellationToken);
        return [.. events.GroupBy(e => e.CustomerId).Select(g => new ActivityHistory(g.Select(e => DateOnly.FromDateTime(e.OccurredAt.UtcDateTime))))];
    }
}
