using Ekko.Analytics.Retention;
using static Ekko.Analytics.Tests.Retention.Customers;

namespace Ekko.Analytics.Tests.Retention;

public sealed class CohortRetentionTests
{
    [Fact]
    public void Cohorts_by_first_month_with_the_share_active_at_the_end_of_each_month()
    {
        // January cohort C, F, G: end of Jan (start of Feb 1, [Jan 2, Jan 31]) all 3;
        //   end of Feb ([Jan 30, Feb 28]) only F = 1; end of Mar ([Mar 2, Mar 31]) F and G = 2; end of Apr nobody.
        // February cohort A, B, E: end of Feb all 3; end of Mar only A (Mar 20; E's Mar 1 is outside) = 1; end of Apr 0.
        // March cohort D, I: end of Mar both; end of Apr 0. April cohort H: active at the end of April.
        var cohorts = CohortRetention.ByMonth(All, Jan1, May1, Window);

        Assert.Equal([Jan1, Feb1, Mar1, Apr1], cohorts.Select(c => c.Month));
        Assert.Equal([3L, 3L, 2L, 1L], cohorts.Select(c => c.Size));
        AssertRetained(cohorts[0], 3, 1, 2, 0);
        AssertRetained(cohorts[1], 3, 1, 0);
        AssertRetained(cohorts[2], 2, 0);
        AssertRetained(cohorts[3], 1);
        Approx.Equal(100.0 / 3, cohorts[0].Retention[1].Value);
        Approx.Equal(6.14919447204, 79.2340399198, cohorts[0].Retention[1].Ci95);
    }

    [Fact]
    public void Only_cohorts_from_the_first_month_and_before_as_of_with_months_that_have_ended()
    {
        // From Feb 10 the January cohort is left out; as of Apr 15 April's cohort (H, Apr 1) exists but no month of it has ended.
        var cohorts = CohortRetention.ByMonth(All, new DateOnly(2026, 2, 10), new DateOnly(2026, 4, 15), Window);

        Assert.Equal([Feb1, Mar1, Apr1], cohorts.Select(c => c.Month));
        AssertRetained(cohorts[0], 3, 1);
        AssertRetained(cohorts[1], 2);
        Assert.Empty(cohorts[2].Retention);
        Assert.Equal(1, cohorts[2].Size);
    }

    [Fact]
    public void Customers_first_seen_on_or_after_as_of_are_not_in_any_cohort()
    {
        var cohorts = CohortRetention.ByMonth(All, Jan1, Apr1, Window);

        Assert.Equal([Jan1, Feb1, Mar1], cohorts.Select(c => c.Month));
        Assert.Equal(8, cohorts.Sum(c => c.Size));
    }

    private static void AssertRetained(Cohort cohort, params long[] active)
    {
        Assert.Equal(active.Length, cohort.Retention.Count);
        for (var k = 0; k < active.Length; k++)
        {
            Assert.Equal(cohort.Size, cohort.Retention[k].N);
            Approx.Equal(100.0 * active[k] / cohort.Size, cohort.Retention[k].Value);
        }
    }
}
