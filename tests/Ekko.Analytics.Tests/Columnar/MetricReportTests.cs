using Ekko.Analytics.Columnar;
using Ekko.Analytics.Metrics;

namespace Ekko.Analytics.Tests.Columnar;

public sealed class MetricReportTests
{
    [Fact]
    public void Groups_are_ordered_by_key_with_missing_values_last_and_carry_estimates_changes_and_q_values()
    {
        var empty = new ScoreHistogram(Metric.Nps);
        MetricCell[] cells =
        [
            new(["b"], null, Histograms.Nps(40, 30, 30), Histograms.Nps(50, 30, 20)), // NPS 30 -> 10, p = 0.0743759 (see ChangeTestTests)
            new([null], null, Histograms.Nps(10, 0, 0), empty),                         // no previous answers: no test
            new(["a"], null, Histograms.Nps(1, 0, 0), Histograms.Nps(1, 0, 0)),         // unchanged: p = 1
            new(["B"], null, Histograms.Nps(0, 0, 30), Histograms.Nps(30, 0, 0)),       // 100 -> -100: p = 0
        ];

        var groups = MetricReport.Build(cells);

        // Ordinal order puts "B" before "a" and "b"; the missing value comes last.
        Assert.Equal(["B", "a", "b", null], groups.Select(g => g.Key[0]));
        var b = groups[2];
        Assert.Equal(NetPromoterScore.Estimate(40, 30, 30), b.Estimate);
        Assert.Equal(NetPromoterScore.Estimate(50, 30, 20), b.Previous);
        Assert.Equal(ChangeTest.Between(Histograms.Nps(50, 30, 20), Histograms.Nps(40, 30, 30)), b.Change);
        Assert.False(b.LowN);
        Assert.True(groups[3].LowN); // 10 answers < 30
        Assert.True(groups[1].LowN);
        Assert.Equal(Estimate.Empty, groups[3].Previous);
        Assert.Same(Change.Unknown, groups[3].Change);
        Assert.All(groups, g => Assert.Null(g.EasyShare));

        // Benjamini-Hochberg over the three testable cells (m = 3): sorted p 0 (rank 1), 0.0743759 (2), 1 (3)
        // q = 1 for rank 3; 0.0743759 * 3 / 2 = 0.1115639 for rank 2; 0 for rank 1. The untestable cell has none.
        Approx.Equal(0, groups[0].QValue, 1e-12);
        Approx.Equal(1, groups[1].QValue, 1e-12);
        Approx.Equal(0.0743759279732 * 1.5, groups[2].QValue);
        Assert.Null(groups[3].QValue);
        Assert.Equal([true, false, false, false], groups.Select(g => g.Significant));
    }

    [Fact]
    public void Within_a_key_groups_are_ordered_by_period_and_keys_compare_value_by_value()
    {
        DateOnly jan = new(2026, 1, 1), feb = new(2026, 2, 1);
        var some = Histograms.Csat(3, 1);
        MetricCell[] cells =
        [
            new(["x", null], feb, some, some), new(["x", "m"], feb, some, some), new([null, "a"], jan, some, some),
            new(["x", null], jan, some, some), new(["x", "m"], jan, some, some), new(["w", "z"], feb, some, some),
        ];

        var groups = MetricReport.Build(cells);

        Assert.Equal(
            [("w", "z", feb), ("x", "m", jan), ("x", "m", feb), ("x", null, jan), ("x", null, feb), (null, "a", jan)],
            groups.Select(g => (g.Key[0], g.Key[1], g.Period!.Value)));
    }

    [Fact]
    public void The_low_n_threshold_can_be_set()
    {
        MetricCell[] cells = [new([], null, Histograms.Csat(8, 2), Histograms.Csat(5, 5))];

        Assert.True(Assert.Single(MetricReport.Build(cells)).LowN);
        Assert.False(Assert.Single(MetricReport.Build(cells, minimumN: 10)).LowN);
        Assert.True(Assert.Single(MetricReport.Build(cells, minimumN: 11)).LowN);
        Assert.Equal(30, MetricReport.DefaultMinimumN);
    }

    [Fact]
    public void Ces_groups_also_report_the_easy_share()
    {
        var current = ScoreHistogram.Of(Metric.Ces, [2, 4, 4, 5, 7]);
        var group = Assert.Single(MetricReport.Build([new MetricCell(["shop"], null, current, ScoreHistogram.Of(Metric.Ces, [1, 2, 3, 3, 4, 5, 5, 6, 7, 7]))]));

        Approx.Equal(4.4, group.Estimate.Value);
        Approx.Equal(40, group.EasyShare!.Value);
        Approx.Equal(11.7620774233, 76.9275718724, group.EasyShare.Ci95);
        Approx.Equal(0.1, group.Change.Value); // 4.3 -> 4.4
        Approx.Equal(0.925539643921, group.Change.PValue);
        Approx.Equal(0.925539643921, group.QValue); // a single test: q = p
    }

    [Fact]
    public void Reports_what_the_index_answers()
    {
        using var index = new ResponseIndex();
        var day = new DateOnly(2026, 3, 10);
        index.AddRange(Enumerable.Range(0, 200).Select(i => new IndexedResponse(Metric.Nps, day.AddDays(-(i % 20)), i % 11, null,
            [new("touchpoint", i % 3 == 0 ? "shop" : "web")])));

        var groups = MetricReport.Build(index.Query(new MetricQuery(Metric.Nps, day.AddDays(-9), day) { GroupBy = ["touchpoint"] }));

        Assert.Equal(["shop", "web"], groups.Select(g => g.Key[0]));
        Assert.Equal(100, groups.Sum(g => g.Estimate.N));
        Assert.Equal(100, groups.Sum(g => g.Previous.N));
        Assert.All(groups, g => Assert.NotNull(g.QValue));
    }
}
