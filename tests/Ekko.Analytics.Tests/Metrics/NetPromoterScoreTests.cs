using Ekko.Analytics.Metrics;

namespace Ekko.Analytics.Tests.Metrics;

/// <summary>
/// Expected intervals follow the adjusted Wald definition: n' = n + 3, p = (promoters + 0.75) / n',
/// d = (detractors + 0.75) / n', centre = p - d, var = (p + d - (p - d)^2) / n', half = 1.959964 * sqrt(var);
/// the reported interval is clamped to [-100, 100] and widened to include the raw value.
/// </summary>
public sealed class NetPromoterScoreTests
{
    [Fact]
    public void Typical_sample_50_promoters_30_passives_20_detractors()
    {
        // value = 100 * (50 - 20) / 100 = 30.
        // n' = 103, p = 50.75/103 = 0.492718, d = 20.75/103 = 0.201456, centre = 30/103 = 0.291262
        // var = (71.5/103 - (30/103)^2) / 103 = (0.694175 - 0.084834) / 103 = 0.00591593, sqrt = 0.0769151
        // half = 1.959964 * 0.0769151 = 0.150751 -> [0.140511, 0.442013] -> points [14.0511302, 44.2012970]
        var estimate = NetPromoterScore.Estimate(Histograms.Nps(50, 30, 20));

        Assert.Equal(100, estimate.N);
        Approx.Equal(30, estimate.Value);
        Approx.Equal(14.0511301788, 44.2012970057, estimate.Ci95);
    }

    [Fact]
    public void Counts_overload_gives_the_same_as_the_histogram()
    {
        Assert.Equal(NetPromoterScore.Estimate(Histograms.Nps(50, 30, 20)), NetPromoterScore.Estimate(50, 30, 20));
    }

    [Fact]
    public void Scores_0_to_6_are_detractors_7_8_passives_9_10_promoters()
    {
        // One answer of every score: promoters {9, 10} = 2, passives {7, 8} = 2, detractors {0..6} = 7.
        var histogram = ScoreHistogram.Of(Metric.Nps, Enumerable.Range(0, 11));
        var estimate = NetPromoterScore.Estimate(histogram);

        Assert.Equal(NetPromoterScore.Estimate(2, 2, 7), estimate);
        Approx.Equal(100.0 * (2 - 7) / 11, estimate.Value); // -45.4545...
    }

    [Fact]
    public void One_promoter_scores_100_and_the_interval_is_widened_to_include_it()
    {
        // n' = 4, p = 1.75/4 = 0.4375, d = 0.75/4 = 0.1875, centre = 0.25
        // var = (0.625 - 0.0625) / 4 = 0.140625, sqrt = 0.375, half = 0.734986
        // adjusted interval [-48.4986494, 98.4986494] misses the value 100, so the high end becomes 100.
        var estimate = NetPromoterScore.Estimate(1, 0, 0);

        Approx.Equal(100, estimate.Value);
        Approx.Equal(-48.4986494203, 100, estimate.Ci95);
        Assert.Equal(100, estimate.Ci95!.Value.High);
    }

    [Fact]
    public void One_detractor_scores_minus_100_and_the_interval_is_widened_to_include_it()
    {
        var estimate = NetPromoterScore.Estimate(0, 0, 1);

        Approx.Equal(-100, estimate.Value);
        Approx.Equal(-100, 48.4986494203, estimate.Ci95);
        Assert.Equal(-100, estimate.Ci95!.Value.Low);
    }

    [Fact]
    public void Thirty_promoters_the_high_end_is_clamped_to_100()
    {
        // n' = 33, p = 30.75/33, d = 0.75/33, centre = 30/33 = 0.909091
        // var = (31.5/33 - (30/33)^2) / 33 = (0.954545 - 0.826446) / 33 = 0.00388179, sqrt = 0.0623040
        // half = 0.122114 -> [0.786977, 1.031205] -> clamped to [78.6977239, 100]
        var estimate = NetPromoterScore.Estimate(Histograms.Nps(30, 0, 0));

        Approx.Equal(100, estimate.Value);
        Approx.Equal(78.6977238726, 100, estimate.Ci95);
        Assert.Equal(100, estimate.Ci95!.Value.High);
    }

    [Fact]
    public void Thirty_detractors_the_low_end_is_clamped_to_minus_100()
    {
        // The mirror image of thirty promoters: [-100, -78.6977239].
        var estimate = NetPromoterScore.Estimate(Histograms.Nps(0, 0, 30));

        Approx.Equal(-100, estimate.Value);
        Approx.Equal(-100, -78.6977238726, estimate.Ci95);
        Assert.Equal(-100, estimate.Ci95!.Value.Low);
    }

    [Fact]
    public void Only_passives_score_zero()
    {
        // n' = 13, p = d = 0.75/13, centre 0, var = (1.5/13) / 13 = 0.00887574, half = 1.959964 * 0.0942111 = 0.1846504.
        var estimate = NetPromoterScore.Estimate(0, 10, 0);

        Approx.Equal(0, estimate.Value);
        Approx.Equal(-18.4650449091, 18.4650449091, estimate.Ci95);
    }

    [Fact]
    public void No_answers_has_no_value_and_no_interval()
    {
        var estimate = NetPromoterScore.Estimate(new ScoreHistogram(Metric.Nps));

        Assert.Null(estimate.Value);
        Assert.Null(estimate.Ci95);
        Assert.Equal(0, estimate.N);
        Assert.Same(Estimate.Empty, estimate);
    }

    [Fact]
    public void Histogram_estimate_dispatches_on_the_metric()
    {
        var histogram = Histograms.Nps(50, 30, 20);

        Assert.Equal(NetPromoterScore.Estimate(histogram), histogram.Estimate());
    }

    [Fact]
    public void Low_n_flag_is_below_the_minimum()
    {
        Assert.True(NetPromoterScore.Estimate(10, 10, 9).IsLowN(30));
        Assert.False(NetPromoterScore.Estimate(10, 10, 10).IsLowN(30));
    }
}
