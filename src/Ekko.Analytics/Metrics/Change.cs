namespace Ekko.Analytics.Metrics;

/// <summary>
/// How a metric moved from one period (or segment) to another: <see cref="Value"/> = after - before in the
/// metric's unit, its 95% interval and the two-sided p-value of "no change". Null parts could not be computed
/// (a side without answers, or a CES side with a single answer).
/// </summary>
public sealed record Change(double? Value, Interval? Ci95, double? PValue)
{
    public static readonly Change Unknown = new(null, null, null);
}
