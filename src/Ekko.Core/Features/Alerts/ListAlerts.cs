using System.Text.Json.Nodes;
using Ekko.Core.Data;

namespace Ekko.Core.Features.Alerts;

/// <param name="From">Alerts whose period ends on or after this day.</param>
/// <param name="To">Alerts whose period starts on or before this day.</param>
public sealed record ListAlertsQuery(Guid WorkspaceId, AlertStatus? Status, DateOnly? From, DateOnly? To, int Limit = 200);

/// <summary>The alert list, newest period first, strongest first within a period.</summary>
public sealed class ListAlerts(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async Task<JsonArray> HandleAsync(ListAlertsQuery query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var alerts = db.Alerts.AsNoTracking().Where(a => a.WorkspaceId == query.WorkspaceId);
        if (query.Status is { } status)
        {
            alerts = alerts.Where(a => a.Status == status);
        }

        if (query.From is { } from)
        {
            alerts = alerts.Where(a => a.LastPeriod >= from.AddDays(-6) && (a.Grain == AlertGrain.Week ? a.LastPeriod.AddDays(6) : a.LastPeriod) >= from);
        }

        if (query.To is { } to)
        {
            alerts = alerts.Where(a => a.Period <= to);
        }

        var rows = await alerts.OrderByDescending(a => a.Period).ThenBy(a => a.RaisedAt).Take(Math.Clamp(query.Limit, 1, 1000)).ToListAsync(cancellationToken);
        return [.. rows.OrderByDescending(a => a.Period).ThenByDescending(a => Math.Abs(a.Score)).Select(a => (JsonNode?)AlertJson.Write(a))];
    }
}
