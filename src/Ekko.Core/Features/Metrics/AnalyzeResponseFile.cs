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

        using var index = new ResponseIndex();
        var rejected = new List<RejectedLine>();
        DateOnly? first = null, last = null;
        var batch = new List<IndexedResponse>();
        await foreach (var line in RecordFileReader.ReadAsync(query.Path, ResponseFormat.Kind.TypedCsvColumns, cancellationToken))
        {
            if (line.Error is not null)
            {
                rejected.Add(new RejectedLine(line.LineNumber, null, [new FieldError("", line.Error)]));
                continue;
            }

            var parsed = ResponseRecord.Parse(line.Record);
            if (parsed.Errors.Count > 0)
            {
                rejected.Add(new RejectedLine(line.LineNumber, (string?)line.Record?["id"]?.ToString(), parsed.Errors));
                continue;
            }

            var r = parsed.Value!;
            if (r.Metric != query.Metric || r.Score is not { } score)
            {
                continue;
            }

            var day = DateOnly.FromDateTime(r.SubmittedAt.UtcDateTime);
            first = first is { } f && f < day ? f : day;
            last = last is { } l && l > day ? l : day;
            batch.Add(ResponseDimensions.ToIndexed(
                query.Metric, score, day, r.CustomerId, r.Touchpoint, r.Channel, r.Language, r.Survey, r.Attributes.ToJsonString()));
        }

        index.AddRange(batch);
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
        var groups = MetricReport.Build(index.Query(new MetricQuery(query.Metric, from, to)
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
