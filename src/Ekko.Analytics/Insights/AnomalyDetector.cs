namespace Ekko.Analytics.Insights;

/// <summary>One period of a series: its value (a metric, or a count for volume) and the answers behind it.</summary>
public readonly record struct SeriesPoint(DateOnly Period, double Value, long N);

/// <summary>
/// An unusual period: its value, what the series' own history expected, and <see cref="Score"/> = the
/// difference in robust standard deviations (negative = lower than expected). <see cref="Days"/> counts the
/// consecutive unusual periods this alert stands for (one alert per run, not one per period).
/// <see cref="Low"/>..<see cref="High"/> is the range of values the period could have taken without being unusual.
/// </summary>
public sealed record Anomaly(DateOnly Period, double Value, double Expected, double Score, long N, int Days)
{
    public double Low { get; init; } = double.NaN;
    public double High { get; init; } = double.NaN;
}

/// <summary>How the detector reads a series.</summary>
public sealed record AnomalyOptions
{
    /// <summary>Robust standard deviations from the expected value that make a period unusual.</summary>
    public double Threshold { get; init; } = 3.5;

    /// <summary>How many periods before each one it learns from (8 weeks of days by default).</summary>
    public int History { get; init; } = 56;

    /// <summary>Periods of history needed before anything is judged.</summary>
    public int MinimumHistory { get; init; } = 21;

    /// <summary>Periods per season: 7 for daily counts (weekdays differ), 1 for weeks and for scores.</summary>
    public int Season { get; init; } = 7;

    /// <summary>Periods with fewer answers are not judged (a score from three answers is mostly noise).</summary>
    public long MinimumN { get; init; } = 5;

    /// <summary>
    /// The values are percentages of the period's N (a theme's share of comments): the spread is at least the
    /// binomial noise of a typical period, so a history of zeros does not make one comment a sensation.
    /// </summary>
    public bool Percentages { get; init; }
}

/// <summary>
/// Finds unusual periods in a daily or weekly series, robustly and with its seasons in mind: each period is
/// expected to be like the median of the same weekday in its trailing history (or of all of it when the
/// series has no season, as scores mostly do not), counts being compared on the square-root scale,
/// the spread is the median absolute deviation of the history from those expectations (so past anomalies do
/// not widen it), scaled to the period's own number of answers when the value is a score (fewer answers, more
/// noise), and a period is unusual when it lies more than <see cref="AnomalyOptions.Threshold"/> of those
/// standard deviations away. Consecutive unusual periods in the same direction make one alert.
/// </summary>
public static class AnomalyDetector
{
    /// <summary>MAD × 1.4826 estimates the standard deviation of normally distributed noise.</summary>
    private const double MadToSigma = 1.4826;

    /// <param name="scaleWithN">True for scores (noise shrinks with more answers), false for counts.</param>
    public static IReadOnlyList<Anomaly> Detect(IReadOnlyList<SeriesPoint> series, AnomalyOptions options, bool scaleWithN, DateOnly? judgeFrom = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(options);
        // Counts vary more when they are larger (Poisson): on the square-root scale their noise is the same on a
        // busy Sunday as on a quiet Saturday, so one spread fits the whole history.
        var points = series.OrderBy(p => p.Period).Select(p => scaleWithN ? p : p with { Value = Math.Sqrt(Math.Max(0, p.Value)) }).ToArray();
        var alerts = new List<Anomaly>();
        var lastFlagged = -2;
        for (var t = 0; t < points.Length; t++)
        {
            if (points[t].Period < judgeFrom || points[t].N < options.MinimumN && scaleWithN)
            {
                continue;
            }

            var history = points.Skip(Math.Max(0, t - options.History)).Take(Math.Min(t, options.History))
                .Where(p => !scaleWithN || p.N >= options.MinimumN).ToArray();
            if (history.Length < options.MinimumHistory || Judge(points[t], history, options, scaleWithN) is not { } anomaly)
            {
                continue;
            }

            if (!scaleWithN)
            {
                anomaly = anomaly with
                {
                    Value = anomaly.Value * anomaly.Value, Expected = anomaly.Expected * anomaly.Expected,
                    Low = Math.Pow(Math.Max(0, anomaly.Low), 2), High = anomaly.High * anomaly.High,
                };
            }

            // A run of unusual periods in the same direction is one alert, dated at its first period.
            if (lastFlagged == t - 1 && Math.Sign(alerts[^1].Score) == Math.Sign(anomaly.Score))
            {
                var last = alerts[^1];
                alerts[^1] = last with { Days = last.Days + 1, Score = Math.Sign(last.Score) * Math.Max(Math.Abs(last.Score), Math.Abs(anomaly.Score)) };
            }
            else
            {
                alerts.Add(anomaly);
            }

            lastFlagged = t;
        }

        return alerts;
    }

    private static Anomaly? Judge(SeriesPoint point, SeriesPoint[] history, AnomalyOptions options, bool scaleWithN)
    {
        // Each history period is compared with an expectation that leaves it out; with itself in, the median of
        // a weekday's eight values would sit closer to it than chance does, and the spread would look too small.
        var deviations = history.Select((h, i) => h.Value - Expected(h.Period, [.. history[..i], .. history[(i + 1)..]], options)).ToArray();
        var residuals = history.Select((h, i) => Scaled(deviations[i], h.N, history, scaleWithN)).ToArray();
        // The weekday medians of eight weeks lag behind a trend or a season; the last week's typical deviation
        // from them brings the expectation up to date.
        var expected = Expected(point.Period, history, options) + Median(deviations[^Math.Min(7, deviations.Length)..]);
        // Two robust estimates of the spread, the larger one kept: the median absolute residual, and the median
        // difference of neighbouring residuals (divided by the square root of 2), in which a trend or season that
        // the medians lag behind cancels out but noise does not.
        var sigma = MadToSigma * Math.Max(
            Median([.. residuals.Select(Math.Abs)]),
            Median([.. residuals.Skip(1).Select((r, i) => Math.Abs(r - residuals[i]))]) / Math.Sqrt(2));
        // Counts are at least as noisy as Poisson counts, whose square roots vary by 0.5: a history of small, equal
        // counts (2, 2, 2 ...) must not make 3 a sensation.
        sigma = scaleWithN ? sigma : Math.Max(sigma, 0.5);
        var typicalN = Math.Max(1, Median([.. history.Select(h => (double)h.N)]));
        if (options.Percentages)
        {
            // Add-one smoothing keeps the binomial noise of an expected 0% above zero.
            var p = (Math.Clamp(expected, 0, 100) / 100 * typicalN + 1) / (typicalN + 2);
            sigma = Math.Max(sigma, 100 * Math.Sqrt(p * (1 - p) / typicalN));
        }

        if (sigma <= 0)
        {
            // A perfectly flat history of scores: any change stands out, but say by how much in the history's own terms.
            sigma = Math.Max(1e-9, Math.Abs(expected) * 0.01);
        }

        var score = Scaled(point.Value - expected, point.N, history, scaleWithN) / sigma;
        if (Math.Abs(score) < options.Threshold)
        {
            return null;
        }

        // The spread in the period's own units: a score from more answers than typical may stray less.
        var halfWidth = options.Threshold * sigma / (scaleWithN && point.N > 0 ? Math.Sqrt(point.N / typicalN) : 1);
        return new Anomaly(point.Period, point.Value, expected, score, point.N, 1) { Low = expected - halfWidth, High = expected + halfWidth };
    }

    /// <summary>The median of the history's periods in the same season slot (weekday), or of all of it without seasons.</summary>
    private static double Expected(DateOnly period, SeriesPoint[] history, AnomalyOptions options)
    {
        var sameSlot = options.Season > 1
            ? history.Where(h => (h.Period.DayNumber - period.DayNumber) % options.Season == 0).Select(h => h.Value).ToArray()
            : [];
        return Median(sameSlot.Length >= 3 ? sameSlot : [.. history.Select(h => h.Value)]);
    }

    /// <summary>A deviation in units of a typical period: a score from few answers deviates more by chance.</summary>
    private static double Scaled(double deviation, long n, SeriesPoint[] history, bool scaleWithN)
    {
        if (!scaleWithN || n <= 0)
        {
            return deviation;
        }

        var typicalN = Median([.. history.Select(h => (double)h.N)]);
        return deviation * Math.Sqrt(n / Math.Max(typicalN, 1));
    }

    private static double Median(double[] values)
    {
        if (values.Length == 0)
        {
            return 0;
        }

        Array.Sort(values);
        var middle = values.Length / 2;
        return values.Length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
