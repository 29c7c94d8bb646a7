using System.Globalization;
using Ekko.Analytics.Columnar;
using Ekko.Analytics.Metrics;

namespace Ekko.Analytics.Tests.Columnar;

internal static class Cells
{
    /// <summary>Asserts that both lists hold the same cells (key and period) with exactly the same counts per score.</summary>
    public static void AssertSame(IReadOnlyList<MetricCell> expected, IReadOnlyList<MetricCell> actual, string context)
    {
        var byKey = new Dictionary<(string Key, DateOnly? Period), MetricCell>();
        foreach (var cell in actual)
        {
            Assert.True(cell.Current.N > 0, $"a cell without answers: {Describe(cell)} in {context}");
            Assert.True(byKey.TryAdd((NaiveIndex.KeyText(cell.Key), cell.Period), cell), $"two cells {Describe(cell)} in {context}");
        }

        foreach (var cell in expected)
        {
            Assert.True(byKey.TryGetValue((NaiveIndex.KeyText(cell.Key), cell.Period), out var found), $"missing cell {Describe(cell)} in {context}");
            Assert.True(SameCounts(cell.Current, found.Current), $"current {Counts(found.Current)}, expected {Counts(cell.Current)}: {Describe(cell)} in {context}");
            Assert.True(SameCounts(cell.Previous, found.Previous), $"previous {Counts(found.Previous)}, expected {Counts(cell.Previous)}: {Describe(cell)} in {context}");
        }

        Assert.True(expected.Count == actual.Count, $"{actual.Count} cells, expected {expected.Count}, in {context}");
    }

    public static bool SameCounts(ScoreHistogram a, ScoreHistogram b) =>
        a.Metric == b.Metric && a.N == b.N && Enumerable.Range(a.Min, a.Max - a.Min + 1).All(s => a.Count(s) == b.Count(s));

    public static string Counts(ScoreHistogram histogram) =>
        "[" + string.Join(" ", Enumerable.Range(histogram.Min, histogram.Max - histogram.Min + 1).Select(histogram.Count)) + "]";

    public static string Describe(MetricCell cell) =>
        $"key ({string.Join(", ", cell.Key.Select(k => k ?? "null"))}) period {cell.Period?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "none"}";

    public static string Describe(MetricQuery query) =>
        string.Create(CultureInfo.InvariantCulture, $"{query.Metric} {query.From:yyyy-MM-dd}..{query.To:yyyy-MM-dd} grain {query.Grain?.ToString() ?? "none"} by [{string.Join(", ", query.GroupBy)}] where {string.Join("; ", query.Filters.Select(f => $"{f.Key} in ({string.Join(", ", f.Value)})"))}");
}
