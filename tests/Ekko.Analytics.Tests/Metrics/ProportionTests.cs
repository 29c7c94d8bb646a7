using Ekko.Analytics.Metrics;

namespace Ekko.Analytics.Tests.Metrics;

/// <summary>
/// Wilson score interval: with z = 1.959964 and p = x / n, centre = (p + z^2/2n) / (1 + z^2/n) and
/// half = z / (1 + z^2/n) * sqrt(p(1 - p)/n + z^2/4n^2).
/// </summary>
public sealed class ProportionTests
{
    [Fact]
    public void Wilson_40_of_50()
    {
        // z^2/n = 3.841459/50 = 0.0768292, centre = (0.8 + 0.0384146) / 1.0768292 = 0.7785957
        // half = 1.959964 / 1.0768292 * sqrt(0.0032 + 0.0003841) = 0.1089668 -> [0.6696289, 0.8875625]
        var estimate = Proportion.Estimate(40, 50);

        Approx.Equal(80, estimate.Value);
        Assert.Equal(50, estimate.N);
        Approx.Equal(66.9628940678, 88.7562499842, estimate.Ci95);
    }

    [Fact]
    public void Wilson_as_fractions()
    {
        Approx.Equal(0.669628940678, 0.887562499842, Proportion.Wilson(40, 50));
    }

    [Fact]
    public void None_of_20_is_exactly_0_at_the_low_end()
    {
        // p = 0: centre = half = (z^2/2n) / (1 + z^2/n) = 0.0960365 / 1.1920729 = 0.0805626 -> [0, 0.1611252]
        var estimate = Proportion.Estimate(0, 20);

        Assert.Equal(0, estimate.Value);
        Assert.Equal(0, estimate.Ci95!.Value.Low);
        Approx.Equal(0, 16.1125158053, estimate.Ci95);
    }

    [Fact]
    public void All_of_20_is_exactly_100_at_the_high_end()
    {
        // The mirror image of 0 of 20: [1 - 0.1611252, 1].
        var estimate = Proportion.Estimate(20, 20);

        Assert.Equal(100, estimate.Value);
        Assert.Equal(100, estimate.Ci95!.Value.High);
        Approx.Equal(83.8874841947, 100, estimate.Ci95);
    }

    [Fact]
    public void One_of_one()
    {
        // z^2/n = 3.8414588, centre = (1 + 1.9207294) / 4.8414588 = 0.6032747, half = 0.3967253 -> [0.2065493, 1]
        Approx.Equal(20.6549314377, 100, Proportion.Estimate(1, 1).Ci95);
        Approx.Equal(0, 79.3450685623, Proportion.Estimate(0, 1).Ci95);
    }

    [Fact]
    public void No_trials_is_empty()
    {
        Assert.Same(Estimate.Empty, Proportion.Estimate(0, 0));
    }

    [Theory]
    [InlineData(-1, 5)]
    [InlineData(6, 5)]
    [InlineData(0, 0)]
    public void Wilson_rejects_impossible_counts(long successes, long n)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Proportion.Wilson(successes, n));
    }
}
