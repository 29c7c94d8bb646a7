using Ekko.Analytics.Metrics;

namespace Ekko.Analytics.Retention;

/// <summary>
/// Churn of one period [Start, End): of the customers active at its start, the share no longer active at its
/// end. Customers acquired during the period (first activity inside it) are in neither count; they are
/// reported beside it. <see cref="Rate"/> is in percent with a Wilson interval.
/// </summary>
public sealed record ChurnPeriod(DateOnly Start, DateOnly End, long CustomersAtStart, long Lost, long Acquired, Estimate Rate);

public static class Churn
{
    public static ChurnPeriod Of(IEnumerable<ActivityHistory> customers, DateOnly start, DateOnly end, int windowDays)
    {
        ArgumentNullException.ThrowIfNull(customers);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(windowDays);
        if (end <= start)
        {
            throw new ArgumentException("a period must end after it starts", nameof(end));
        }

        long atStart = 0, lost = 0, acquired = 0;
        foreach (var customer in customers)
        {
            if (customer.IsActiveAt(start, windowDays))
            {
                atStart++;
                if (!customer.IsActiveAt(end, windowDays))
                {
                    lost++;
                }
            }
            else if (customer.FirstDay >= start && customer.FirstDay < end)
            {
                acquired++;
            }
        }

        return new ChurnPeriod(start, end, atStart, lost, acquired, Proportion.Estimate(lost, atStart));
    }

    /// <summary>One period per calendar month from <paramref name="fromMonth"/>'s month while the month has ended by <paramref name="asOf"/>.</summary>
    public static IReadOnlyList<ChurnPeriod> ByMonth(IReadOnlyCollection<ActivityHistory> customers, DateOnly fromMonth, DateOnly asOf, int windowDays)
    {
        var periods = new List<ChurnPeriod>();
        for (var start = new DateOnly(fromMonth.Year, fromMonth.Month, 1); start.AddMonths(1) <= asOf; start = start.AddMonths(1))
        {
            periods.Add(Of(customers, start, start.AddMonths(1), windowDays));
        }

        return periods;
    }
}
