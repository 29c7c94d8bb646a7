namespace Ekko.Analytics.Metrics;

/// <summary>
/// How many answers a 95% interval needs to be no wider than ± the requested margin. Planning numbers: they
/// use the normal approximation and the expected shares you give (or the worst case when you give none).
/// </summary>
public static class SampleSize
{
    /// <summary>For NPS within ± <paramref name="marginPoints"/>; worst case (half promoters, half detractors) unless shares are given.</summary>
    public static long ForNps(double marginPoints, double expectedPromoters = 0.5, double expectedDetractors = 0.5)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(marginPoints);
        if (expectedPromoters < 0 || expectedDetractors < 0 || expectedPromoters + expectedDetractors > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(expectedPromoters), "shares must be 0..1 and add up to at most 1");
        }

        var nps = expectedPromoters - expectedDetractors;
        return Needed(expectedPromoters + expectedDetractors - nps * nps, marginPoints / 100);
    }

    /// <summary>For a share such as CSAT within ± <paramref name="marginPercent"/> percentage points; worst case 50% unless given.</summary>
    public static long ForProportion(double marginPercent, double expectedShare = 0.5)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(marginPercent);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedShare);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(expectedShare, 1);
        return Needed(expectedShare * (1 - expectedShare), marginPercent / 100);
    }

    /// <summary>For a mean such as CES within ± <paramref name="margin"/>, given the scores' standard deviation.</summary>
    public static long ForMean(double margin, double standardDeviation)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(margin);
        ArgumentOutOfRangeException.ThrowIfNegative(standardDeviation);
        // The t quantile depends on n itself: start from the normal answer and step up until the t interval fits.
        var n = Math.Max(2, Needed(standardDeviation * standardDeviation, margin));
        while (CustomerEffort.TQuantile95(n - 1) * standardDeviation / Math.Sqrt(n) > margin)
        {
            n++;
        }

        return n;
    }

    private static long Needed(double variance, double margin) =>
        Math.Max(1, (long)Math.Ceiling(Normal95.Z * Normal95.Z * variance / (margin * margin) - 1e-9));
}
