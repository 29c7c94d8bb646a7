using System.Text.Json.Nodes;
using Ekko.Analytics;
using Ekko.Core.Data;

namespace Ekko.Core.Features.Insights;

public sealed record AnalyzeDriversQuery(Guid WorkspaceId, Metric Metric, DateOnly From, DateOnly To, string? Survey);

/// <summary>Key drivers of a metric from the stored responses' other answers; see <see cref="DriverTable"/>.</summary>
public sealed class AnalyzeDrivers(IDbContextFactory<EkkoDbContext> dbFactory)
{
    /// <summary>More responses than this are sampled down (evenly, by position) to keep a call fast.</summary>
    public const int MaxResponses = 50_000;

    public async Task<JsonObject> HandleAsync(AnalyzeDriversQuery query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var from = new DateTimeOffset(query.From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var to = new DateTimeOffset(query.To.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var rows = await db.Responses.AsNoTracking()
            .Where(r => r.WorkspaceId == query.WorkspaceId && r.Metric == query.Metric && r.Score != null
                && r.SubmittedAt >= from && r.SubmittedAt < to && (query.Survey == null || r.Survey == query.Survey))
            .Select(r => new { r.Score, r.Answers })
            .ToListAsync(cancellationToken);
        var table = new DriverTable();
        var step = Math.Max(1, (rows.Count + MaxResponses - 1) / MaxResponses);
        for (var i = 0; i < rows.Count; i += step)
        {
            table.Add(rows[i].Score!.Value, rows[i].Answers);
        }

        return table.Analyze(query.Metric);
    }
}
