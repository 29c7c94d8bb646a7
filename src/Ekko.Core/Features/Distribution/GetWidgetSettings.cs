using System.Security.Cryptography;
using Ekko.Core.Data;

namespace Ekko.Core.Features.Distribution;

public sealed record GetWidgetSettingsQuery(Guid WorkspaceId, bool Rotate = false);

/// <summary>What a site needs to embed the widget: the workspace's public name and the secret its backend signs visitor ids with.</summary>
public sealed record WidgetSettings(string Workspace, string Secret, IReadOnlyList<string> Surveys);

/// <summary>Returns the widget settings, creating the signing secret on first use (or a new one when asked to rotate it).</summary>
public sealed class GetWidgetSettings(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async Task<WidgetSettings> HandleAsync(GetWidgetSettingsQuery query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var workspace = await db.Workspaces.FirstAsync(w => w.Id == query.WorkspaceId, cancellationToken);
        if (workspace.WidgetSecret is null || query.Rotate)
        {
            workspace.WidgetSecret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
            await db.SaveChangesAsync(cancellationToken);
        }

        var surveys = (await db.Surveys.AsNoTracking().Where(s => s.WorkspaceId == query.WorkspaceId).ToListAsync(cancellationToken))
            .Where(s => s.ReadDistribution().Widget?.Enabled == true).Select(s => s.Slug).Order(StringComparer.Ordinal).ToList();
        return new WidgetSettings(workspace.Slug, workspace.WidgetSecret, surveys);
    }
}
