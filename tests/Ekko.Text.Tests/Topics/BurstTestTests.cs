using Ekko.Text.Topics;

namespace Ekko.Text.Tests.Topics;

public sealed class BurstTestTests
{
    [Fact]
    public void Matches_a_hand_computed_two_proportion_z_test_and_controls_the_false_discovery_rate()
    {
        // delivery: 30/200 now vs 100/2000 before. Pooled p = 130/2200, se = sqrt(p(1-p)(1/200 + 1/2000)),
        // z = (0.15 - 0.05) / se = 5.71853, one-sided p = 5.3724e-9 (computed by hand with erfc).
        // price: 12/200 vs 100/2000: z = 0.61343, p = 0.26980.
        var results = BurstTest.Run([
            new ThemeCounts("delivery", 30, 200, 100, 2000),
            new ThemeCounts("price", 12, 200, 100, 2000),
        ]);
        var delivery = results.Single(r => r.ThemeId == "delivery");
        var price = results.Single(r => r.ThemeId == "price");
        Assert.Equal(5.71853, delivery.Z, 4);
        Assert.Equal(5.3724e-9, delivery.PValue, 11);
        Assert.Equal(0.61343, price.Z, 4);
        Assert.Equal(0.26980, price.PValue, 4);
        // Benjamini-Hochberg with two tests: q(delivery) = p * 2 / 1, q(price) = p * 2 / 2.
        Assert.Equal(delivery.PValue * 2, delivery.QValue, 12);
        Assert.Equal(price.PValue, price.QValue, 10);
        Assert.True(delivery.Significant);
        Assert.False(price.Significant);
    }

    [Fact]
    public void Benjamini_hochberg_keeps_adjusted_values_monotone()
    {
        var q = BenjaminiHochberg.Adjust([0.01, 0.04, 0.03, 0.20]);
        // Sorted: 0.01, 0.03, 0.04, 0.20 -> p*n/rank = 0.04, 0.06, 0.0533, 0.20 -> running minimum from the top.
        double[] expected = [0.04, 0.16 / 3, 0.16 / 3, 0.20];
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], q[i], 12);
        }
    }

    [Fact]
    public void Bad_counts_are_refused() =>
        Assert.Throws<ArgumentException>(() => BurstTest.Run([new ThemeCounts("x", 5, 4, 1, 10)]));
}
