using Ekko.Analytics.Metrics;

namespace Ekko.Analytics.Insights;

/// <summary>What a root-cause analysis explains the change of: a metric, or the number of answers.</summary>
public enum Measure
{
    Nps,
    Csat,
    Ces,

    /// <summary>Scored answers of any metric, per day (so periods of different lengths compare).</summary>
    Volume,
}

/// <summary>A measure's value from score counts that may be fractional (a group's baseline scaled to another size).</summary>
public static class MeasureValues
{
    public static Metric? MetricOf(this Measure measure) => measure switch
    {
        Measure.Nps => Metric.Nps,
        Measure.Csat => Metric.Csat,
        Measure.Ces => Metric.Ces,
        _ => null,
    };

    /// <summary>Counts per score (index 0 = the scale's lowest); for volume a single count per day.</summary>
    public static double? Value(this Measure measure, ReadOnlySpan<double> counts)
    {
        double n = 0;
        foreach (var count in counts)
        {
            n += count;
        }

        if (measure == Measure.Volume)
        {
            return n;
        }

        if (n <= 0)
        {
            return null;
        }

        return measure switch
        {
            // NPS 0-10: detractors are indexes 0-6, promoters 9-10.
            Measure.Nps => 100 * (Sum(counts, 9, 10) - Sum(counts, 0, 6)) / n,
            // CSAT 1-5: indexes 3-4 are the answers 4 and 5.
            Measure.Csat => 100 * Sum(counts, 3, 4) / n,
            // CES 1-7: index i is the score i + 1.
            _ => Mean(counts, n),
        };
    }

    public static string Unit(this Measure measure) => measure switch
    {
        Measure.Nps => "NPS points",
        Measure.Csat => "CSAT points",
        Measure.Ces => "CES",
        _ => "answers per day",
    };

    public static string Name(this Measure measure) => measure switch
    {
        Measure.Volume => "volume",
        _ => measure.ToString().ToUpperInvariant(),
    };

    private static double Sum(ReadOnlySpan<double> counts, int from, int to)
    {
        double sum = 0;
        for (var i = from; i <= to; i++)
        {
            sum += counts[i];
        }

        return sum;
    }

    private static double Mean(ReadOnlySpan<double> counts, double n)
    {
        double sum = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            sum += (i + 1) * counts[i];
        }

        return sum / n;
    }

    public static Estimate Estimate(this Measure measure, ScoreHistogram histogram, double days) =>
        measure == Measure.Volume ? new Estimate(histogram.N / days, histogram.N, null) : histogram.Estimate();
}
