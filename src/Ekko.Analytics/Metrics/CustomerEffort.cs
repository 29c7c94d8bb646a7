using MathNet.Numerics.Distributions;

namespace Ekko.Analytics.Metrics;

/// <summary>CES = mean score on the 1-7 scale (7 = very easy) with a t interval; also the share of easy (5-7) answers.</summary>
public static class CustomerEffort
{
    public static Estimate Estimate(ScoreHistogram histogram)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        var n = histogram.N;
        if (n == 0)
        {
            return Metrics.Estimate.Empty;
        }

        var mean = histogram.Sum() / n;
        if (n == 1)
        {
            return new Estimate(mean, n, null);
        }

        var half = TQuantile95(n - 1) * Math.Sqrt(Variance(histogram, mean) / n);
        return new Estimate(mean, n, new Interval(mean - half, mean + half).Clamp(1, 7));
    }

    /// <summary>The share of answers 5-7 ("easy"), in percent with a Wilson interval.</summary>
    public static Estimate EasyShare(ScoreHistogram histogram)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        return Proportion.Estimate(histogram.CountBetween(5, 7), histogram.N);
    }

    /// <summary>The sample variance (n - 1 in the denominator).</summary>
    internal static double Variance(ScoreHistogram histogram, double mean) => histogram.SquaredDeviations(mean) / (histogram.N - 1);

    internal static double TQuantile95(double degreesOfFreedom) => StudentT.InvCDF(0, 1, degreesOfFreedom, 0.975);
}
