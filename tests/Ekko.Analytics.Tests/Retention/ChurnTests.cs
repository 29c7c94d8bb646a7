using Ekko.Analytics.Metrics;
using Ekko.Analytics.Retention;
using static Ekko.Analytics.Tests.Retention.Customers;

namespace Ekko.Analytics.Tests.Retention;

public sealed class ChurnTests
{
    [Fact]
    public void March()
    {
        // Active at the start of Mar 1 (activity in [Jan 30, Feb 28]): A, B, E, F = 4 (not C: Jan 5; not G: Jan 29).
        // Still active at the start of Apr 1 (activity in [Mar 2, Mar 31]): A (Mar 20), F (Mar 2); lost: B, E = 2.
        // Acquired (first activity in [Mar 1, Apr 1)): D (Mar 15), I (Mar 31) = 2; not G (back, but first seen in
        // January), not H (first seen Apr 1). Rate 2 / 4 = 50%, Wilson(2, 4) = [15.0039, 84.9961].
        var march = Churn.Of(All, Mar1, Apr1, Window);

        Assert.Equal((Mar1, Apr1, 4L, 2L, 2L), (march.Start, march.End, march.CustomersAtStart, march.Lost, march.Acquired));
        Approx.Equal(50, march.Rate.Value);
        Assert.Equal(4, march.Rate.N);
        Approx.Equal(15.0038989152, 84.9961010848, march.Rate.Ci95);
    }

    [Fact]
    public void February()
    {
        // Active at the start of Feb 1 (activity in [Jan 2, Jan 31]): C (Jan 5), G (Jan 29), F (Jan 30) = 3.
        // Active at the start of Mar 1 ([Jan 30, Feb 28]): only F; lost: C, G = 2. Acquired in February: A, B, E = 3.
        // Rate 2 / 3 = 66.67%, Wilson(2, 3) = [20.7660, 93.8508].
        var february = Churn.Of(All, Feb1, Mar1, Window);

        Assert.Equal((3L, 2L, 3L), (february.CustomersAtStart, february.Lost, february.Acquired));
        Approx.Equal(200.0 / 3, february.Rate.Value);
        Approx.Equal(20.7659600802, 93.8508055280, february.Rate.Ci95);
    }

    [Fact]
    public void A_period_with_nobody_active_at_its_start_has_no_rate()
    {
        // Nobody was active in [Dec 2, Dec 31]; C, F and G arrive in January.
        var january = Churn.Of(All, Jan1, Feb1, Window);

        Assert.Equal((0L, 0L, 3L), (january.CustomersAtStart, january.Lost, january.Acquired));
        Assert.Same(Estimate.Empty, january.Rate);
    }

    [Fact]
    public void By_month_lists_the_months_that_have_ended()
    {
        var periods = Churn.ByMonth(All, new DateOnly(2026, 1, 17), Apr1, Window);

        Assert.Equal([Jan1, Feb1, Mar1], periods.Select(p => p.Start));
        Assert.Equal(Churn.Of(All, Mar1, Apr1, Window), periods[2]);
        Assert.Equal([Jan1, Feb1], Churn.ByMonth(All, Jan1, Apr1.AddDays(-1), Window).Select(p => p.Start));
    }

    [Fact]
    public void Invalid_periods_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Churn.Of(All, Mar1, Mar1, Window));
        Assert.Throws<ArgumentOutOfRangeException>(() => Churn.Of(All, Mar1, Apr1, 0));
    }
}
