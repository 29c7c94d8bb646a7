using Ekko.Analytics.Metrics;

namespace Ekko.Analytics.Columnar;

/// <summary>
/// One group as every screen, API and CLI verb reports it: value with n and 95% interval, the low_n flag,
/// the previous period's value, and the change with its p-value and its Benjamini-Hochberg q-value over all
/// the groups of the same answer. <see cref="Significant"/> means q &lt; 0.05.
/// </summary>
public sealed record MetricGroup(
    IReadOnlyList<string?> Key, DateOnly? Period, Estimate Estimate, bool LowN, Estimate Previous, Change Change, double? QValue)
{
    public bool Significant => QValue < FalseDiscovery.Level;

    /// <summary>For CES: the share of easy (5-7) answers; null for the other metrics.</summary>
    public Estimate? EasyShare { get; init; }
}

public static class MetricReport
{
    public const int DefaultMinimumN = 30;

    /// <summary>The groups ordered by key (ordinal, missing values last), then by period.</summary>
    public static IReadOnlyList<MetricGroup> Build(IEnumerable<MetricCell> cells, int minimumN = DefaultMinimumN)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var ordered = cells.OrderBy(c => c.Key, KeyOrder.Instance).ThenBy(c => c.Period).ToList();
        var changes = ordered.Select(c => ChangeTest.Between(c.Previous, c.Current)).ToList();
        var q = FalseDiscovery.Adjust([.. changes.Select(c => c.PValue)]);
        return [.. ordered.Select((cell, i) =>
        {
            var estimate = cell.Current.Estimate();
            return new MetricGroup(cell.Key, cell.Period, estimate, estimate.IsLowN(minimumN), cell.Previous.Estimate(), changes[i], q[i])
            {
                EasyShare = cell.Current.Metric == Metric.Ces ? CustomerEffort.EasyShare(cell.Current) : null,
            };
        })];
    }

    private sealed class KeyOrder : IComparer<IReadOnlyList<string?>>
    {
        public static readonly KeyOrder Instance = new();

        public int Compare(IReadOnlyList<string?>? x, IReadOnlyList<string?>? y)
        {
            for (var i = 0; i < Math.Min(x!.Count, y!.Count); i++)
            {
                var order = (x[i], y[i]) switch
                {
                    (null, null) => 0,
                    (null, _) => 1,
                    (_, null) => -1,
                    var (a, b) => string.CompareOrdinal(a, b),
                };
                if (order != 0)
                {
                    return order;
                }
            }

            return x.Count.CompareTo(y.Count);
        }
    }
}
