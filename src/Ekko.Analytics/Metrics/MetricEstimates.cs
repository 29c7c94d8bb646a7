namespace Ekko.Analytics.Metrics;

/// <summary>The headline estimate of whichever metric a histogram holds.</summary>
public static class MetricEstimates
{
    public static Estimate Estimate(this ScoreHistogram histogram)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        return histogram.Metric switch
        {
            Metric.Nps => NetPromoterScore.Estimate(histogram),
            Metric.Csat => Satisfaction.Estimate(histogram),
            Metric.Ces => CustomerEffort.Estimate(histogram),
            _ => throw new ArgumentOutOfRangeException(nameof(histogram), histogram.Metric, null),
        };
    }
}
