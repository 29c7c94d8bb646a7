using Ekko.Analytics.Columnar;

namespace Ekko.Analytics.Insights;

/// <summary>
/// The answers of both periods split by some dimensions: score counts per group (for volume, answers per day),
/// read from the index with one query per period and metric.
/// </summary>
internal sealed class Slices
{
    private Slices(int width) => Width = width;

    /// <summary>Counts per score, or 1 for volume.</summary>
    public int Width { get; }

    public Dictionary<string, Slice> Groups { get; } = new(StringComparer.Ordinal);

    public double[] Baseline => Sum(Groups.Values.Select(g => g.Baseline));

    public double[] Current => Sum(Groups.Values.Select(g => g.Current));

    public static Slices Fetch(ResponseIndex index, RootCauseQuery query, IReadOnlyList<string> groupBy)
    {
        var metrics = query.Measure.MetricOf() is { } metric ? [metric] : Enum.GetValues<Metric>();
        var (min, max) = metrics.Length == 1 ? metrics[0].ScaleOf() : (0, 0);
        var slices = new Slices(max - min + 1);
        foreach (var m in metrics)
        {
            slices.Add(index, m, query.Baseline, groupBy, query.Filters, query.Measure, current: false);
            slices.Add(index, m, query.Current, groupBy, query.Filters, query.Measure, current: true);
        }

        return slices;
    }

    public double[] SumOf(IEnumerable<Slice> groups, bool current) => Sum(groups.Select(g => current ? g.Current : g.Baseline));

    private void Add(
        ResponseIndex index, Metric metric, Period period, IReadOnlyList<string> groupBy, IReadOnlyDictionary<string, IReadOnlyCollection<string>> filters,
        Measure measure, bool current)
    {
        var (min, _) = metric.ScaleOf();
        foreach (var cell in index.Query(new MetricQuery(metric, period.From, period.To) { GroupBy = groupBy, Filters = filters }))
        {
            var key = string.Join('\u001f', cell.Key.Select(k => k ?? "\u0000"));
            if (!Groups.TryGetValue(key, out var slice))
            {
                slice = new Slice(cell.Key, new double[Width], new double[Width]);
                Groups.Add(key, slice);
            }

            var counts = current ? slice.Current : slice.Baseline;
            if (measure == Measure.Volume)
            {
                counts[0] += (double)cell.Current.N / period.Days;
            }
            else
            {
                for (var score = cell.Current.Min; score <= cell.Current.Max; score++)
                {
                    counts[score - min] += cell.Current.Count(score);
                }
            }
        }
    }

    private double[] Sum(IEnumerable<double[]> parts)
    {
        var total = new double[Width];
        foreach (var part in parts)
        {
            for (var i = 0; i < Width; i++)
            {
                total[i] += part[i];
            }
        }

        return total;
    }
}

/// <summary>One group: its dimension values (null = no value) and its counts in each period.</summary>
internal sealed record Slice(IReadOnlyList<string?> Key, double[] Baseline, double[] Current)
{
    public bool HasNoValue => Key.Any(k => k is null);
}
