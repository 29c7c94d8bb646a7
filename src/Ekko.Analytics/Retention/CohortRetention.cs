using Ekko.Analytics.Metrics;

namespace Ekko.Analytics.Retention;

/// <summary>
/// Customers whose first activity fell in <see cref="Month"/>, and the share of them still active at the end
/// of each following month: <c>Retention[k]</c> is the share active at the end of month Month + k (percent,
/// Wilson interval). Only months that have ended are listed.
/// </summary>
public sealed record Cohort(DateOnly Month, long Size, IReadOnlyList<Estimate> Retention);

public static class CohortRetention
{
    public static IReadOnlyList<Cohort> ByMonth(IEnumerable<ActivityHistory> customers, DateOnly fromMonth, DateOnly asOf, int windowDays)
    {
        ArgumentNullException.ThrowIfNull(customers);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(windowDays);
        var first = new DateOnly(fromMonth.Year, fromMonth.Month, 1);
        return customers
            .Where(c => c.FirstDay >= first && c.FirstDay < asOf)
            .GroupBy(c => new DateOnly(c.FirstDay.Year, c.FirstDay.Month, 1))
            .OrderBy(g => g.Key)
            .Select(cohort => Of(cohort.Key, [.. cohort], asOf, windowDays))
            .ToList();
    }

    private static Cohort Of(DateOnly month, ActivityHistory[] members, DateOnly asOf, int windowDays)
    {
        var retention = new List<Estimate>();
        for (var end = month.AddMonths(1); end <= asOf; end = end.AddMonths(1))
        {
            retention.Add(Proportion.Estimate(members.LongCount(m => m.IsActiveAt(end, windowDays)), members.Length));
        }

        return new Cohort(month, members.Length, retention);
    }
}
