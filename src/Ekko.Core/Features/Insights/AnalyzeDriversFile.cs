using System.Text.Json.Nodes;
using Ekko.Analytics;
using Ekko.Core.Features.Metrics;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Insights;

public sealed record AnalyzeDriversFileQuery(string Path, Metric Metric, string? Survey);

/// <summary><c>ekko analyze drivers</c>: key drivers of a metric from a responses file.</summary>
public static class AnalyzeDriversFile
{
    public static async Task<(JsonObject Result, IReadOnlyList<RejectedLine> Rejected)> HandleAsync(AnalyzeDriversFileQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var table = new DriverTable();
        var rejected = new List<RejectedLine>();
        await foreach (var record in ResponseFile.ReadRecordsAsync(query.Path, rejected, cancellationToken))
        {
            if (record is { Score: { } score } && record.Metric == query.Metric && (query.Survey is null || record.Survey == query.Survey))
            {
                table.Add(score, record.Answers.ToJsonString());
            }
        }

        return (table.Analyze(query.Metric), rejected);
    }
}
