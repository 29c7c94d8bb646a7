using Ekko.Analytics.Metrics;

namespace Ekko.Analytics.Tests.Metrics;

public sealed class SatisfactionTests
{
    [Fact]
    public void Csat_is_the_share_of_4_and_5_answers()
    {
        // 4s and 5s: 25 + 15 = 40 of 50 -> 80%, the Wilson interval of 40/50.
        var histogram = Histograms.Of(Metric.Csat, (1, 2), (2, 3), (3, 5), (4, 25), (5, 15));
        var estimate = Satisfaction.Estimate(histogram);

        Approx.Equal(80, estimate.Value);
        Approx.Equal(66.9628940678, 88.7562499842, estimate.Ci95);
        Assert.Equal(estimate, histogram.Estimate());
    }

    [Fact]
    public void Nobody_satisfied_and_everybody_satisfied_have_exact_ends()
    {
        var none = Satisfaction.Estimate(Histograms.Of(Metric.Csat, (1, 10), (3, 10)));
        var all = Satisfaction.Estimate(Histograms.Of(Metric.Csat, (4, 10), (5, 10)));

        Assert.Equal((0.0, 0.0), (none.Value!.Value, none.Ci95!.Value.Low));
        Approx.Equal(16.1125158053, none.Ci95.Value.High);
        Assert.Equal((100.0, 100.0), (all.Value!.Value, all.Ci95!.Value.High));
        Approx.Equal(83.8874841947, all.Ci95.Value.Low);
    }

    [Fact]
    public void No_answers_is_empty()
    {
        Assert.Same(Estimate.Empty, Satisfaction.Estimate(new ScoreHistogram(Metric.Csat)));
    }
}
