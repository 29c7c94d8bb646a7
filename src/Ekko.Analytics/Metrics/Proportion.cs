namespace Ekko.Analytics.Metrics;

/// <summary>A share of answers with its Wilson score interval, which stays inside 0..1 and behaves at 0% and 100%.</summary>
public static class Proportion
{
    /// <summary>The share in percent with its 95% Wilson interval in percent.</summary>
    public static Estimate Estimate(long successes, long n)
    {
        if (n == 0)
        {
            return Metrics.Estimate.Empty;
        }

        return new Estimate(100.0 * successes / n, n, Wilson(successes, n).Scale(100));
    }

    /// <summary>The 95% Wilson score interval of <paramref name="successes"/> / <paramref name="n"/>, as fractions.</summary>
    public static Interval Wilson(long successes, long n)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, n);
        const double z = Normal95.Z;
        var p = (double)successes / n;
        var z2n = z * z / n;
        var centre = (p + z2n / 2) / (1 + z2n);
        var half = z / (1 + z2n) * Math.Sqrt(p * (1 - p) / n + z2n / (4 * n));
        // Exact 0 and 1 at the ends: the formula gives them only up to rounding.
        return new Interval(successes == 0 ? 0 : Math.Max(0, centre - half), successes == n ? 1 : Math.Min(1, centre + half));
    }
}
