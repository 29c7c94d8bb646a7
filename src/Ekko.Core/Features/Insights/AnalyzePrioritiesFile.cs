using System.Text.Json.Nodes;
using Ekko.Analytics;
using Ekko.Analytics.Insights;
using Ekko.Core.Features.Metrics;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Insights;

public sealed record AnalyzePrioritiesFileQuery(string Path, Metric Metric, string By, DateOnly? From, DateOnly? To);

/// <summary><c>ekko analyze priorities</c>: a dimension's values ranked by measured impact, from a responses file.</summary>
public static class AnalyzePrioritiesFile
{
    public static async Task<(JsonObject Result, IReadOnlyList<RejectedLine> Rejected)> HandleAsync(AnalyzePrioritiesFileQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var file = await ResponseFile.ReadAsync(query.Path, query.Metric, cancellationToken);
        var from = query.From ?? file.FirstDay ?? new DateOnly(2000, 1, 1);
        var to = query.To ?? file.LastDay ?? from;
        var ranked = Priorities.Rank(file.Index, new PriorityQuery(query.Metric, new Period(from, to < from ? from : to), query.By));
        return (PrioritiesJson.Write(query.Metric, query.By, ranked), file.Rejected);
    }
}
