using Ekko.Analytics.Metrics;

namespace Ekko.Analytics.Tests.Metrics;

/// <summary>Benjamini-Hochberg: sort the m p-values, q(rank) = min over ranks r >= rank of p(r) * m / r, capped at 1.</summary>
public sealed class FalseDiscoveryTests
{
    [Fact]
    public void Four_p_values()
    {
        // Sorted: 0.005 (rank 1), 0.01 (2), 0.03 (3), 0.04 (4); p * 4 / rank = 0.02, 0.02, 0.04, 0.04
        // running minimum from the top: 0.04, 0.04, 0.02, 0.02 -> in input order 0.02, 0.04, 0.04, 0.02.
        var q = FalseDiscovery.Adjust([0.01, 0.04, 0.03, 0.005]);

        Assert.Equal(4, q.Length);
        Approx.Equal(0.02, q[0], 1e-12);
        Approx.Equal(0.04, q[1], 1e-12);
        Approx.Equal(0.04, q[2], 1e-12);
        Approx.Equal(0.02, q[3], 1e-12);
    }

    [Fact]
    public void Step_up_minimum_carries_smaller_q_values_down_the_ranks()
    {
        // m = 8: p * 8 / rank = 0.008, 0.032, 0.104, 0.082, 0.0672, 0.08, 0.0845714, 0.205
        // running minimum from rank 8 down: 0.205, 0.0845714, 0.08, 0.0672, 0.0672, 0.0672, 0.032, 0.008
        var q = FalseDiscovery.Adjust([0.001, 0.008, 0.039, 0.041, 0.042, 0.060, 0.074, 0.205]);
        double[] expected = [0.008, 0.032, 0.0672, 0.0672, 0.0672, 0.08, 0.074 * 8 / 7, 0.205];

        for (var i = 0; i < expected.Length; i++)
        {
            Approx.Equal(expected[i], q[i], 1e-12);
        }
    }

    [Fact]
    public void Nulls_stay_null_and_do_not_count_towards_m()
    {
        // The same four p-values as above with untestable cells between them: m is still 4.
        var q = FalseDiscovery.Adjust([null, 0.01, null, 0.04, 0.03, null, 0.005]);

        Assert.Null(q[0]);
        Assert.Null(q[2]);
        Assert.Null(q[5]);
        Approx.Equal(0.02, q[1], 1e-12);
        Approx.Equal(0.04, q[3], 1e-12);
        Approx.Equal(0.04, q[4], 1e-12);
        Approx.Equal(0.02, q[6], 1e-12);
    }

    [Fact]
    public void Q_values_are_capped_at_1()
    {
        // 0.9 * 2 / 1 = 1.8 would exceed 1; the larger p = 0.95 at rank 2 gives 0.95, and the minimum carries down.
        var q = FalseDiscovery.Adjust([0.95, 0.9]);

        Approx.Equal(0.95, q[0], 1e-12);
        Approx.Equal(0.95, q[1], 1e-12);
        Assert.Equal([1.0], FalseDiscovery.Adjust([1.0]));
    }

    [Fact]
    public void Ties_get_the_same_q_value()
    {
        // 0.02, 0.02, 0.02: rank 3 gives 0.02, and ranks 1 and 2 take the minimum 0.02.
        Assert.Equal([0.02, 0.02, 0.02], FalseDiscovery.Adjust([0.02, 0.02, 0.02]));
    }

    [Fact]
    public void A_q_value_is_never_below_its_p_value_by_rounding()
    {
        // Three equal p-values of 0.7: every q is 0.7 * 3 / 3 = 0.7. Computed as (0.7 * 3) / 3 in floating point
        // that is 0.6999999999999998, below p.
        Assert.Equal([0.7, 0.7, 0.7], FalseDiscovery.Adjust([0.7, 0.7, 0.7]));
        Assert.Equal([0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9], FalseDiscovery.Adjust([.. Enumerable.Repeat<double?>(0.9, 9)]));
    }

    [Fact]
    public void Empty_and_all_null_inputs()
    {
        Assert.Empty(FalseDiscovery.Adjust([]));
        Assert.Equal([null, null], FalseDiscovery.Adjust([null, null]));
    }

    [Fact]
    public void Significance_level_is_5_percent()
    {
        Assert.Equal(0.05, FalseDiscovery.Level);
    }
}
