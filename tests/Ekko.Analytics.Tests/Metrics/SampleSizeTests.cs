using Ekko.Analytics.Metrics;

namespace Ekko.Analytics.Tests.Metrics;

/// <summary>n = ceil(z^2 * variance / margin^2) with z = 1.959964 (z^2 = 3.8414588).</summary>
public sealed class SampleSizeTests
{
    [Fact]
    public void Nps_within_5_points_worst_case()
    {
        // Half promoters, half detractors: variance = 0.5 + 0.5 - 0^2 = 1; 3.8414588 * 1 / 0.05^2 = 1536.58 -> 1537.
        Assert.Equal(1537, SampleSize.ForNps(5));
    }

    [Fact]
    public void Nps_within_5_points_with_expected_shares()
    {
        // 50% promoters, 20% detractors: variance = 0.7 - 0.3^2 = 0.61; 3.8414588 * 0.61 / 0.0025 = 937.32 -> 938.
        Assert.Equal(938, SampleSize.ForNps(5, 0.5, 0.2));
        // 60% / 10%: variance = 0.7 - 0.25 = 0.45; 3.8414588 * 0.45 / 0.0009 = 1920.73 -> 1921.
        Assert.Equal(1921, SampleSize.ForNps(3, 0.6, 0.1));
    }

    [Fact]
    public void Nps_with_no_variance_needs_one_answer()
    {
        Assert.Equal(1, SampleSize.ForNps(10, 0, 0));
        Assert.Equal(1, SampleSize.ForNps(10, 1, 0));
    }

    [Fact]
    public void Proportion_within_5_points_at_50_percent()
    {
        // 3.8414588 * 0.25 / 0.0025 = 384.15 -> 385; the textbook 2% margin gives 2400.9 -> 2401.
        Assert.Equal(385, SampleSize.ForProportion(5));
        Assert.Equal(2401, SampleSize.ForProportion(2));
        // 80%: 3.8414588 * 0.16 / 0.0009 = 682.93 -> 683.
        Assert.Equal(683, SampleSize.ForProportion(3, 0.8));
    }

    [Fact]
    public void Mean_steps_up_from_the_normal_answer_until_the_t_interval_fits()
    {
        // sd 1, margin 0.5: normal n = ceil(3.8414588 / 0.25) = ceil(15.37) = 16;
        // n = 16: t(15) = 2.131450, 2.131450 / 4 = 0.53286 > 0.5
        // n = 17: t(16) = 2.119905, 2.119905 / 4.123106 = 0.51415 > 0.5
        // n = 18: t(17) = 2.109816, 2.109816 / 4.242641 = 0.49729 <= 0.5 -> 18
        Assert.Equal(18, SampleSize.ForMean(0.5, 1));
        // sd 1.5, margin 0.1: normal 865 (864.33 rounded up), t pushes it to 867.
        Assert.Equal(867, SampleSize.ForMean(0.1, 1.5));
        // sd 1.8, margin 0.25: normal 200, t gives 202.
        Assert.Equal(202, SampleSize.ForMean(0.25, 1.8));
    }

    [Fact]
    public void Mean_with_no_spread_needs_two_answers()
    {
        Assert.Equal(2, SampleSize.ForMean(1, 0));
    }

    [Fact]
    public void Invalid_arguments_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SampleSize.ForNps(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => SampleSize.ForNps(5, 0.7, 0.4));
        Assert.Throws<ArgumentOutOfRangeException>(() => SampleSize.ForNps(5, -0.1, 0.4));
        Assert.Throws<ArgumentOutOfRangeException>(() => SampleSize.ForProportion(5, 1.1));
        Assert.Throws<ArgumentOutOfRangeException>(() => SampleSize.ForProportion(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => SampleSize.ForMean(0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => SampleSize.ForMean(1, -1));
    }
}
