namespace Ekko.Core.Features.Responses;

/// <summary>The scored question a response carries; see docs/formats.md for the scales.</summary>
public enum Metric
{
    /// <summary>Net Promoter Score question, 0-10.</summary>
    Nps,

    /// <summary>Customer satisfaction, 1-5.</summary>
    Csat,

    /// <summary>Customer effort, 1-7 where 7 means very easy.</summary>
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
