using Ekko.Analytics.Metrics;

namespace Ekko.Analytics.Tests;

/// <summary>
/// Comparisons with hand-computed values. The expected numbers in the tests were worked out independently of
/// the library (the arithmetic is written beside them, and checked with a 30-digit calculator), so a tolerance
/// of 1e-6 leaves room for floating-point rounding only.
/// </summary>
internal static class Approx
{
    public const double Tolerance = 1e-6;

    public static void Equal(double expected, double? actual, double tolerance = Tolerance)
    {
        Assert.NotNull(actual);
        Assert.True(Math.Abs(expected - actual.Value) <= tolerance, $"expected {expected:R}, got {actual.Value:R}");
    }

    public static void Equal(double expectedLow, double expectedHigh, Interval? actual, double tolerance = Tolerance)
    {
        Assert.NotNull(actual);
        Equal(expectedLow, actual.Value.Low, tolerance);
        Equal(expectedHigh, actual.Value.High, tolerance);
    }
}

/// <summary>Histograms written as (score, count) pairs.</summary>
internal static class Histograms
{
    public static ScoreHistogram Of(Metric metric, params (int Score, long Count)[] counts)
    {
        var histogram = new ScoreHistogram(metric);
        foreach (var (score, count) in counts)
        {
            histogram.Add(score, count);
        }

        return histogram;
    }

    /// <summary>An NPS histogram with the given numbers of promoters (10), passives (8) and detractors (3).</summary>
    public static ScoreHistogram Nps(long promoters, long passives, long detractors) =>
        Of(Metric.Nps, (10, promoters), (8, passives), (3, detractors));

    /// <summary>A CSAT histogram with the given numbers of satisfied (5) and unsatisfied (2) answers.</summary>
    public static ScoreHistogram Csat(long satisfied, long unsatisfied) => Of(Metric.Csat, (5, satisfied), (2, unsatisfied));
}
