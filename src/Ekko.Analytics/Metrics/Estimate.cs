namespace Ekko.Analytics.Metrics;

/// <summary>
/// A metric's value with its sample size and 95% interval. <see cref="Value"/> is null when there are no
/// answers; <see cref="Ci95"/> is null when no interval can be computed (no answers, or a mean of one answer).
/// </summary>
public sealed record Estimate(double? Value, long N, Interval? Ci95)
{
    public static readonly Estimate Empty = new(null, 0, null);

    /// <summary>True when the value rests on fewer answers than <paramref name="minimumN"/> and should be read with care.</summary>
    public bool IsLowN(int minimumN) => N < minimumN;
}
