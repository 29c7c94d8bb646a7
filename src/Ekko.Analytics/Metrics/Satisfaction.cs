namespace Ekko.Analytics.Metrics;

/// <summary>CSAT = share of 4 and 5 answers on the 1-5 scale (top-2-box), in percent, with a Wilson interval.</summary>
public static class Satisfaction
{
    public static Estimate Estimate(ScoreHistogram histogram)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        return Proportion.Estimate(Satisfied(histogram), histogram.N);
    }

    internal static long Satisfied(ScoreHistogram histogram) => histogram.CountBetween(4, 5);
}
