using Ekko.Analytics.Metrics;

namespace Ekko.Analytics.Tests.Metrics;

/// <summary>
/// Hand-computed changes. p-values are two-sided: 2 * (1 - Phi(|z|)) for the z-tests and
/// 2 * (1 - T_df(|t|)) for Welch's test; the t quantiles and CDFs at fractional df were computed with a
/// 30-digit incomplete beta function and agree with the table values t(0.975, 4) = 2.776445, t(0.975, 9) = 2.262157.
/// </summary>
public sealed class ChangeTestTests
{
    [Fact]
    public void Nps_z_test_uses_adjusted_variances_and_the_raw_difference()
    {
        // Before 50/30/20 (NPS 30), after 40/30/30 (NPS 10): difference = -20 points = -0.2.
        // Adjusted variances (n' = 103): before (71.5/103 - (30/103)^2) / 103 = 0.00591593,
        //                                after  (71.5/103 - (10/103)^2) / 103 = 0.00664805
        // se = sqrt(0.01256398) = 0.1120892, z = -0.2 / 0.1120892 = -1.7842939, p = 2 * (1 - Phi(1.7842939)) = 0.0743759
        // 95%: -0.2 ± 1.959964 * 0.1120892 = -0.2 ± 0.2196907 -> [-41.9690717, 1.9690717] points
        var change = ChangeTest.Between(Histograms.Nps(50, 30, 20), Histograms.Nps(40, 30, 30));

        Approx.Equal(-20, change.Value);
        Approx.Equal(0.0743759279732, change.PValue);
        Approx.Equal(-41.969071711, 1.96907171098, change.Ci95);
        Assert.False(change.Ci95!.Value.ExcludesZero);
    }

    [Fact]
    public void Nps_from_all_promoters_to_all_detractors()
    {
        // Both adjusted variances (n' = 33) are 0.00388179: se = sqrt(0.00776359) = 0.0881112
        // z = -2 / 0.0881112 = -22.698586, p = 0 in double precision; 95%: -200 ± 17.269481 points, clamped to the
        // possible range of a change (-200..200): [-200, -182.730519].
        var change = ChangeTest.Between(Histograms.Nps(30, 0, 0), Histograms.Nps(0, 0, 30));

        Approx.Equal(-200, change.Value);
        Approx.Equal(0, change.PValue, 1e-12);
        Approx.Equal(-200, -182.730519122, change.Ci95);
        Assert.True(change.Ci95!.Value.ExcludesZero);
    }

    [Fact]
    public void Nps_with_equal_scores_has_p_1_even_when_both_are_all_promoters()
    {
        var change = ChangeTest.Between(Histograms.Nps(30, 0, 0), Histograms.Nps(45, 0, 0));

        Assert.Equal(0, change.Value);
        Assert.Equal(1, change.PValue);
    }

    [Fact]
    public void Csat_pooled_z_test_and_newcombe_interval()
    {
        // 40/50 (80%) -> 30/50 (60%): difference -0.2; pooled p = 70/100 = 0.7
        // se = sqrt(0.7 * 0.3 * (1/50 + 1/50)) = sqrt(0.0084) = 0.0916515, z = -2.1821789, p = 0.0290963
        // Wilson 40/50 = [0.6696289, 0.8875625], Wilson 30/50 = [0.4618144, 0.7239161]
        // low  = -0.2 - sqrt((0.6 - 0.4618144)^2 + (0.8875625 - 0.8)^2) = -0.2 - 0.1635924 = -0.3635924
        // high = -0.2 + sqrt((0.7239161 - 0.6)^2 + (0.8 - 0.6696289)^2) = -0.2 + 0.1798661 = -0.0201339
        var change = ChangeTest.Between(Histograms.Csat(40, 10), Histograms.Csat(30, 20));

        Approx.Equal(-20, change.Value);
        Approx.Equal(0.0290963317413, change.PValue);
        Approx.Equal(-36.3592352055, -2.01339008692, change.Ci95);
    }

    [Fact]
    public void Csat_from_none_to_half_satisfied()
    {
        // 0/10 -> 5/10: difference 0.5, pooled 0.25, se = sqrt(0.1875 * 0.2) = 0.1936492, z = 2.5819889, p = 0.0098233
        // Wilson 0/10 = [0, 0.2775328], Wilson 5/10 = [0.2365931, 0.7634069]
        // low  = 0.5 - sqrt((0.5 - 0.2365931)^2 + 0.2775328^2) = 0.1173675
        // high = 0.5 + sqrt((0.7634069 - 0.5)^2 + 0^2) = 0.7634069
        var change = ChangeTest.Between(Histograms.Csat(0, 10), Histograms.Csat(5, 5));

        Approx.Equal(50, change.Value);
        Approx.Equal(0.00982327450752, change.PValue);
        Approx.Equal(11.736746745, 76.3406909487, change.Ci95);
    }

    [Fact]
    public void Csat_all_satisfied_on_both_sides_has_p_1()
    {
        // se = 0 (pooled share 1), so p = 1; Newcombe: low = 0 - (1 - 0.8864866) (Wilson 30/30 low),
        // high = 0 + (1 - 0.8388748) (Wilson 20/20 low).
        var change = ChangeTest.Between(Histograms.Csat(20, 0), Histograms.Csat(30, 0));

        Assert.Equal(0, change.Value);
        Assert.Equal(1, change.PValue);
        Approx.Equal(-11.3513393174, 16.1125158053, change.Ci95);
    }

    [Fact]
    public void Ces_welch_test_with_fractional_degrees_of_freedom()
    {
        // Before 2, 4, 4, 5, 7: mean 4.4, s^2 = 3.3, s^2/n = 0.66
        // After 1, 2, 3, 3, 4, 5, 5, 6, 7, 7: mean 4.3, s^2 = 4.2333333, s^2/n = 0.4233333
        // difference -0.1, se = sqrt(1.0833333) = 1.0408330, t = -0.0960769
        // df = 1.0833333^2 / (0.66^2/4 + 0.4233333^2/9) = 1.1736111 / (0.1089 + 0.0199123) = 9.1110142
        // t(0.975, 9.1110142) = 2.2579625, 95%: -0.1 ± 2.3501618; p = 2 * (1 - T(0.0960769; 9.111)) = 0.9255396
        var change = ChangeTest.Between(ScoreHistogram.Of(Metric.Ces, [2, 4, 4, 5, 7]), ScoreHistogram.Of(Metric.Ces, [1, 2, 3, 3, 4, 5, 5, 6, 7, 7]));

        Approx.Equal(-0.1, change.Value);
        Approx.Equal(0.925539643921, change.PValue);
        Approx.Equal(-2.45016184854, 2.25016184854, change.Ci95);
    }

    [Fact]
    public void Ces_welch_test_detects_a_clear_improvement()
    {
        // Before ten each of 3, 4, 5: mean 4, s^2 = 20/29 = 0.6896552
        // After ten 4s, ten 5s, five 6s, five 7s: mean 155/30 = 5.1666667, s^2 = 34.1666667/29 = 1.1781609
        // se = sqrt(0.0229885 + 0.0392720) = 0.2495206, t = 1.1666667 / 0.2495206 = 4.6756324
        // df = 0.0622605^2 / (0.0229885^2/29 + 0.0392720^2/29) = 54.2866637, t(0.975, 54.287) = 2.0046369
        // 95%: 1.1666667 ± 0.5001982 -> [0.6664684, 1.6668649]; p = 1.981375e-5
        var change = ChangeTest.Between(
            Histograms.Of(Metric.Ces, (3, 10), (4, 10), (5, 10)),
            Histograms.Of(Metric.Ces, (4, 10), (5, 10), (6, 5), (7, 5)));

        Approx.Equal(7.0 / 6, change.Value);
        Approx.Equal(1.98137514173903e-5, change.PValue, 1e-10);
        Approx.Equal(0.66646844987, 1.66686488346, change.Ci95);
    }

    [Fact]
    public void Ces_with_one_answer_on_a_side_has_a_difference_but_no_test()
    {
        var change = ChangeTest.Between(ScoreHistogram.Of(Metric.Ces, [5]), ScoreHistogram.Of(Metric.Ces, [2, 4, 4, 5, 7]));

        Approx.Equal(-0.6, change.Value);
        Assert.Null(change.Ci95);
        Assert.Null(change.PValue);
    }

    [Fact]
    public void Ces_without_any_spread_is_p_1_when_equal_and_untestable_when_not()
    {
        var same = ChangeTest.Between(Histograms.Of(Metric.Ces, (4, 3)), Histograms.Of(Metric.Ces, (4, 2)));
        var moved = ChangeTest.Between(Histograms.Of(Metric.Ces, (4, 2)), Histograms.Of(Metric.Ces, (5, 3)));

        Assert.Equal(new Change(0, null, 1), same);
        Assert.Equal(new Change(1, null, null), moved);
    }

    [Theory]
    [InlineData(Metric.Nps)]
    [InlineData(Metric.Csat)]
    [InlineData(Metric.Ces)]
    public void A_side_without_answers_is_unknown(Metric metric)
    {
        var some = Histograms.Of(metric, (metric.ScaleOf().Max, 5));

        Assert.Same(Change.Unknown, ChangeTest.Between(new ScoreHistogram(metric), some));
        Assert.Same(Change.Unknown, ChangeTest.Between(some, new ScoreHistogram(metric)));
    }

    [Fact]
    public void Different_metrics_cannot_be_compared()
    {
        Assert.Throws<ArgumentException>(() => ChangeTest.Between(Histograms.Nps(1, 1, 1), Histograms.Csat(1, 1)));
    }
}
