using Ekko.Core.Data;

namespace Ekko.Core.Features.Cases;

/// <summary>A workspace's case settings and business calendar; defaults when it has not set any.</summary>
internal static class CaseSettingsStore
{
    public static async Task<(CaseSettings Settings, BusinessCalendar Calendar)> LoadAsync(EkkoDbContext db, Guid workspaceId, CancellationToken cancellationToken)
    {
        var settings = await db.CaseSettings.AsNoTracking().FirstOrDefaultAsync(s => s.WorkspaceId == workspaceId, cancellationToken)
            ?? new CaseSettings { WorkspaceId = workspaceId };
        var zone = await db.Workspaces.Where(w => w.Id == workspaceId).Select(w => w.TimeZone).SingleAsync(cancellationToken);
        return (settings, settings.Calendar(zone));
    }
}
