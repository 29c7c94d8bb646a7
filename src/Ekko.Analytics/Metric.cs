namespace Ekko.Analytics;

/// <summary>The scored questions Ekko measures; see docs/formats.md for the scales and definitions.</summary>
public enum Metric
{
    /// <summary>Net Promoter Score question, 0-10; the metric is %promoters (9-10) - %detractors (0-6).</summary>
    Nps,

    /// <summary>Customer satisfaction, 1-5; the metric is the share of 4-5 answers (top-2-box).</summary>
    Csat,

    /// <summary>Customer effort, 1-7 where 7 means very easy; the metric is the mean score.</summary>
    Ces,
}

public static class MetricScales
{
    public static (int Min, int Max) ScaleOf(this Metric metric) => metric switch
    {
        Metric.Nps => (0, 10),
        Metric.Csat => (1, 5),
        Metric.Ces => (1, 7),
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, null),
    };
}
