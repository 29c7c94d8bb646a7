using System.Text.Json.Nodes;
using Ekko.Analytics;
using Ekko.Analytics.Columnar;
using Ekko.Core.Features.Responses;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Metrics;

/// <summary>
/// <c>ekko analyze metrics</c>: a metric over a responses file (JSONL or CSV, docs/formats.md), without a
/// database, computed by the same index and report as the API. Without dates the range is the file's first
/// to last answer of the metric.
/// </summary>
public sealed record AnalyzeResponseFileQuery(
    string Path, Metric Metric, IReadOnlyList<string> By, DateOnly? From, DateOnly? To, int MinimumN = MetricReport.DefaultMinimumN);

public sealed record FileMetrics(JsonObject Result, IReadOnlyList<RejectedLine> Rejected);

public static class AnalyzeResponseFile
{
    public static async Task<CommandResult<FileMetrics>> HandleAsync(AnalyzeResponseFileQuery query, CancellationToken cancellationToken)
    {
        var grains = query.By.Where(b => TimeGrains.Parse(b) is not null).ToList();
        if (grains.Count > 1)
        {
            return CommandResult<FileMetrics>.Invalid([new FieldError("by", $"group by at most one of day, week and month, not {string.Join(" and ", grains)}")]);
        }

        using var file = await ResponseFile.ReadAsync(query.Path, query.Metric, cancellationToken);
        var (first, last, rejected) = (file.FirstDay, file.LastDay, file.Rejected);
        var from = query.From ?? first ?? query.To ?? new DateOnly(2000, 1, 1);
        var to = query.To ?? last ?? from;
        if (from < QueryMetrics.EarliestDay || to > QueryMetrics.LatestDay)
        {
            return CommandResult<FileMetrics>.Invalid([new FieldError("from", $"dates must be between {QueryMetrics.EarliestDay:yyyy-MM-dd} and {QueryMetrics.LatestDay:yyyy-MM-dd}")]);
        }

        if (to < from)
        {
            return CommandResult<FileMetrics>.Invalid([new FieldError("to", $"must not be before from ({from:yyyy-MM-dd})")]);
        }

        var grain = grains.Count == 1 ? TimeGrains.Parse(grains[0]) : null;
        var groups = MetricReport.Build(file.Index.Query(new MetricQuery(query.Metric, from, to)
        {
            GroupBy = [.. query.By.Where(b => TimeGrains.Parse(b) is null)],
            Grain = grain,
        }), query.MinimumN);
        var result = new JsonObject
        {
            ["metric"] = query.Metric.ToString().ToLowerInvariant(),
            ["groups"] = new JsonArray([.. groups.Select(g => (JsonNode?)MetricsJson.Group(g, query.Metric, query.By, grain, withChange: false))]),
        };
        return CommandResult<FileMetrics>.Ok(new FileMetrics(result, rejected));
    }
}
