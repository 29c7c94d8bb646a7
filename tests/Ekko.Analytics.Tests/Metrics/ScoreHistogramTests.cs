using Ekko.Analytics.Metrics;

namespace Ekko.Analytics.Tests.Metrics;

public sealed class ScoreHistogramTests
{
    [Theory]
    [InlineData(Metric.Nps, 0, 10)]
    [InlineData(Metric.Csat, 1, 5)]
    [InlineData(Metric.Ces, 1, 7)]
    public void Scales(Metric metric, int min, int max)
    {
        var histogram = new ScoreHistogram(metric);

        Assert.Equal((min, max), (histogram.Min, histogram.Max));
        Assert.Equal((min, max), metric.ScaleOf());
        Assert.Throws<ArgumentOutOfRangeException>(() => histogram.Add(min - 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => histogram.Add(max + 1));
        Assert.Equal(0, histogram.N);
    }

    [Fact]
    public void Counts_and_ranges()
    {
        var histogram = ScoreHistogram.Of(Metric.Nps, [0, 3, 3, 7, 9, 10, 10]);
        histogram.Add(8, 4);

        Assert.Equal(11, histogram.N);
        Assert.Equal(2, histogram.Count(3));
        Assert.Equal(4, histogram.Count(8));
        Assert.Equal(0, histogram.Count(11));
        Assert.Equal(0, histogram.Count(-1));
        Assert.Equal(3, histogram.CountBetween(9, 10));
        Assert.Equal(5, histogram.CountBetween(7, 8));
        Assert.Equal(3, histogram.CountBetween(-5, 6));
        Assert.Equal(11, histogram.CountBetween(int.MinValue, int.MaxValue));
    }

    [Fact]
    public void Adding_histograms_is_the_same_as_one_pass_over_all_answers()
    {
        var a = ScoreHistogram.Of(Metric.Ces, [1, 2, 7, 7]);
        var b = ScoreHistogram.Of(Metric.Ces, [3, 7, 5]);
        a.Add(b);
        var all = ScoreHistogram.Of(Metric.Ces, [1, 2, 7, 7, 3, 7, 5]);

        Assert.Equal(all.N, a.N);
        Assert.All(Enumerable.Range(1, 7), score => Assert.Equal(all.Count(score), a.Count(score)));
        Assert.Equal(all.Estimate(), a.Estimate());
        Assert.Equal(32, a.Sum());
    }

    [Fact]
    public void Histograms_of_different_metrics_do_not_add()
    {
        Assert.Throws<ArgumentException>(() => new ScoreHistogram(Metric.Csat).Add(new ScoreHistogram(Metric.Ces)));
    }
}
