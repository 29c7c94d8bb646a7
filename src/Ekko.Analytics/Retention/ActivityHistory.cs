namespace Ekko.Analytics.Retention;

/// <summary>
/// The days on which one customer did something the workspace counts as activity (a purchase, say), and
/// the rule that makes them "active": at the start of a day, a customer is active when they had activity
/// on one of the <paramref name="WindowDays"/> days before it.
/// </summary>
public sealed class ActivityHistory
{
    private readonly DateOnly[] days;

    public ActivityHistory(IEnumerable<DateOnly> activityDays)
    {
        ArgumentNullException.ThrowIfNull(activityDays);
        days = [.. activityDays.Distinct().Order()];
        if (days.Length == 0)
        {
            throw new ArgumentException("a customer's history needs at least one day of activity", nameof(activityDays));
        }
    }

    public DateOnly FirstDay => days[0];

    /// <summary>The last day of activity before <paramref name="day"/>, if any.</summary>
    public DateOnly? LastBefore(DateOnly day)
    {
        var index = Array.BinarySearch(days, day.AddDays(-1));
        var last = index >= 0 ? index : ~index - 1;
        return last >= 0 ? days[last] : null;
    }

    /// <summary>Days of activity in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public int CountBetween(DateOnly from, DateOnly to)
    {
        var start = Array.BinarySearch(days, from);
        var end = Array.BinarySearch(days, to);
        return Math.Max(0, (end >= 0 ? end : ~end) - (start >= 0 ? start : ~start));
    }

    /// <summary>Active at the start of <paramref name="day"/>: some activity in [day - windowDays, day - 1].</summary>
    public bool IsActiveAt(DateOnly day, int windowDays)
    {
        var index = Array.BinarySearch(days, day.AddDays(-1));
        var last = index >= 0 ? index : ~index - 1;
        return last >= 0 && days[last] >= day.AddDays(-windowDays);
    }
}
