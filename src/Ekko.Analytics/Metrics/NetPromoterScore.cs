namespace Ekko.Analytics.Metrics;

/// <summary>
/// NPS = %promoters (9-10) - %detractors (0-6), in points from -100 to 100.
/// The 95% interval is the adjusted Wald interval for a difference of two trinomial shares: add 3 answers
/// (3/4 to promoters, 3/4 to detractors, the rest to passives), then use the trinomial variance
/// (p_pro + p_det - (p_pro - p_det)^2) / n. It covers the true NPS close to 95% of the time from about 30
/// answers, where the plain Wald interval covers far less when nearly everyone is a promoter.
/// </summary>
public static class NetPromoterScore
{
    public static Estimate Estimate(ScoreHistogram histogram)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        return Estimate(Promoters(histogram), histogram.CountBetween(7, 8), Detractors(histogram));
    }

    public static Estimate Estimate(long promoters, long passives, long detractors)
    {
        var n = promoters + passives + detractors;
        if (n == 0)
        {
            return Metrics.Estimate.Empty;
        }

        var value = 100.0 * (promoters - detractors) / n;
        var adjusted = Adjusted(promoters, detractors, n);
        var half = Normal95.Z * Math.Sqrt(adjusted.Variance);
        // With one or two answers the adjusted centre sits so far from the raw value that the interval can
        // miss it (one promoter: 100 vs [-49, 98]); widening to the value keeps the report self-consistent.
        var interval = new Interval(adjusted.Nps - half, adjusted.Nps + half).Scale(100).Clamp(-100, 100).Including(value);
        return new Estimate(value, n, interval);
    }

    internal static long Promoters(ScoreHistogram histogram) => histogram.CountBetween(9, 10);

    internal static long Detractors(ScoreHistogram histogram) => histogram.CountBetween(0, 6);

    /// <summary>The adjusted NPS as a fraction (-1..1) and the variance of that estimate.</summary>
    internal static (double Nps, double Variance) Adjusted(long promoters, long detractors, long n)
    {
        var adjustedN = n + 3.0;
        var pro = (promoters + 0.75) / adjustedN;
        var det = (detractors + 0.75) / adjustedN;
        var nps = pro - det;
        return (nps, (pro + det - nps * nps) / adjustedN);
    }
}
