using System.Text.Json.Nodes;
using Ekko.Analytics.Insights;
using Ekko.Core.Features.Metrics;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Insights;

public sealed record AnalyzeRootCauseFileQuery(string Path, Measure Measure, Period Baseline, Period Current, IReadOnlyList<string>? Dimensions);

/// <summary><c>ekko analyze root-cause</c>: the root cause of a change in a responses file, without a database.</summary>
public static class AnalyzeRootCauseFile
{
    public static async Task<(JsonObject Result, IReadOnlyList<RejectedLine> Rejected)> HandleAsync(AnalyzeRootCauseFileQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var file = await ResponseFile.ReadAsync(query.Path, query.Measure.MetricOf(), cancellationToken);
        var report = RootCause.Explain(file.Index, new RootCauseQuery(query.Measure, query.Baseline, query.Current, query.Dimensions));
        return (RootCauseJson.Write(report), file.Rejected);
    }
}
