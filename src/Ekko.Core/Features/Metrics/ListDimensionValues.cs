using Ekko.Analytics;
using Ekko.Analytics.Columnar;

namespace Ekko.Core.Features.Metrics;

public sealed record ListDimensionValuesQuery(Guid WorkspaceId, IReadOnlyList<string> Dimensions, DateOnly From, DateOnly To);

/// <summary>
/// The values each dimension takes among scored answers in a period, most answers first: what a filter menu offers.
/// Dimensions the workspace has never seen are left out of the answer rather than rejected: a menu just stays empty.
/// </summary>
public sealed class ListDimensionValues(ResponseIndexes indexes)
{
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> HandleAsync(ListDimensionValuesQuery query, CancellationToken cancellationToken)
    {
        var index = await indexes.CurrentAsync(query.WorkspaceId, cancellationToken);
        var known = ResponseDimensions.KnownIn(index);
        var answer = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var dimension in query.Dimensions.Where(known.Contains))
        {
            var counts = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var metric in Enum.GetValues<Metric>())
            {
                foreach (var cell in index.Query(new MetricQuery(metric, query.From, query.To) { GroupBy = [dimension] }))
                {
                    if (cell.Key[0] is { } value)
                    {
                        counts[value] = counts.GetValueOrDefault(value) + cell.Current.N;
                    }
                }
            }

            answer[dimension] = [.. counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key)];
        }

        return answer;
    }
}
