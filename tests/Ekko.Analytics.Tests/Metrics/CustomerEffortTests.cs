using Ekko.Analytics.Metrics;

namespace Ekko.Analytics.Tests.Metrics;

/// <summary>CES: mean of the 1-7 scores with the t interval mean ± t(0.975, n - 1) * s / sqrt(n), s the sample standard deviation.</summary>
public sealed class CustomerEffortTests
{
    [Fact]
    public void Five_answers_use_t_with_4_degrees_of_freedom()
    {
        // Scores 2, 4, 4, 5, 7: mean = 22/5 = 4.4; squared deviations 5.76 + 0.16 + 0.16 + 0.36 + 6.76 = 13.2
        // s^2 = 13.2 / 4 = 3.3, se = sqrt(3.3 / 5) = 0.812404, t(0.975, 4) = 2.776445
        // half = 2.255595 -> [2.1444053, 6.6555947]
        var estimate = CustomerEffort.Estimate(ScoreHistogram.Of(Metric.Ces, [2, 4, 4, 5, 7]));

        Approx.Equal(4.4, estimate.Value);
        Assert.Equal(5, estimate.N);
        Approx.Equal(2.1444053337, 6.6555946663, estimate.Ci95);
    }

    [Fact]
    public void Ten_answers_use_t_with_9_degrees_of_freedom()
    {
        // Scores 1, 2, 3, 3, 4, 5, 5, 6, 7, 7: mean 4.3; squared deviations add up to 38.1, s^2 = 38.1 / 9 = 4.233333
        // se = sqrt(0.4233333) = 0.650641, t(0.975, 9) = 2.262157, half = 1.471852 -> [2.8281485, 5.7718515]
        var estimate = CustomerEffort.Estimate(ScoreHistogram.Of(Metric.Ces, [1, 2, 3, 3, 4, 5, 5, 6, 7, 7]));

        Approx.Equal(4.3, estimate.Value);
        Approx.Equal(2.8281484578, 5.7718515422, estimate.Ci95);
    }

    [Fact]
    public void Thirty_answers_use_t_with_29_degrees_of_freedom()
    {
        // Ten each of 3, 4, 5: mean 4, s^2 = 20 / 29 = 0.6896552, se = sqrt(0.6896552 / 30) = 0.1516196
        // t(0.975, 29) = 2.045230, half = 0.3100969 -> [3.6899031, 4.3100969]
        var estimate = CustomerEffort.Estimate(Histograms.Of(Metric.Ces, (3, 10), (4, 10), (5, 10)));

        Approx.Equal(4, estimate.Value);
        Approx.Equal(3.6899030819, 4.3100969181, estimate.Ci95);
    }

    [Fact]
    public void A_wide_interval_is_clamped_to_the_scale()
    {
        // Scores 1 and 7: mean 4, s^2 = 18, t(0.975, 1) = 12.706205, half = 12.706205 * 3 = 38.1 -> clamped to [1, 7].
        var estimate = CustomerEffort.Estimate(ScoreHistogram.Of(Metric.Ces, [1, 7]));

        Approx.Equal(4, estimate.Value);
        Assert.Equal(new Interval(1, 7), estimate.Ci95);
    }

    [Fact]
    public void Identical_answers_have_a_zero_width_interval()
    {
        var estimate = CustomerEffort.Estimate(Histograms.Of(Metric.Ces, (6, 12)));

        Assert.Equal(6, estimate.Value);
        Assert.Equal(new Interval(6, 6), estimate.Ci95);
    }

    [Fact]
    public void One_answer_has_a_mean_but_no_interval()
    {
        var estimate = CustomerEffort.Estimate(ScoreHistogram.Of(Metric.Ces, [5]));

        Assert.Equal(5, estimate.Value);
        Assert.Equal(1, estimate.N);
        Assert.Null(estimate.Ci95);
    }

    [Fact]
    public void No_answers_is_empty()
    {
        Assert.Same(Estimate.Empty, CustomerEffort.Estimate(new ScoreHistogram(Metric.Ces)));
    }

    [Fact]
    public void Easy_share_counts_5_to_7()
    {
        // 2, 4, 4, 5, 7: two easy answers of five = 40%, Wilson(2, 5):
        // z^2/n = 0.7682918, centre = (0.4 + 0.3841459) / 1.7682918 = 0.4434482, half = 0.3258275 -> [0.1176208, 0.7692757]
        var share = CustomerEffort.EasyShare(ScoreHistogram.Of(Metric.Ces, [2, 4, 4, 5, 7]));

        Approx.Equal(40, share.Value);
        Approx.Equal(11.7620774233, 76.9275718724, share.Ci95);
    }

    [Fact]
    public void Histogram_estimate_dispatches_on_the_metric()
    {
        var histogram = ScoreHistogram.Of(Metric.Ces, [2, 4, 4, 5, 7]);

        Assert.Equal(CustomerEffort.Estimate(histogram), histogram.Estimate());
    }
}
