using Ekko.Analytics.Insights;
using Xunit.Abstractions;

namespace Ekko.Analytics.Tests.Insights;

/// <summary>
/// The evaluation of anomaly detection: two years of daily series with weekday pattern, trend, yearly season
/// and noise, with anomalies of 6 standard deviations of the day's own noise injected on known days, up or
/// down. A detection on an injected day is a hit; precision and recall over 20 series of each kind must
/// reach 0.85 (defaults: 3.5 robust standard deviations, 56 days of history; weekdays for counts, none for scores).
/// </summary>
public sealed class AnomalyDetectorEvaluationTests(ITestOutputHelper output)
{
    private static readonly DateOnly Start = new(2024, 11, 1);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Finds_six_sigma_anomalies_with_precision_and_recall_of_at_least_0_85(bool scores)
    {
        int injected = 0, detected = 0, hits = 0;
        for (var seed = 1; seed <= 20; seed++)
        {
            var (series, anomalies) = Series(seed, scores);
            var options = scores ? new AnomalyOptions { Season = 1 } : new AnomalyOptions();
            var found = AnomalyDetector.Detect(series, options, scaleWithN: scores).Select(a => a.Period).ToHashSet();
            injected += anomalies.Count;
            detected += found.Count;
            hits += found.Count(anomalies.Contains);
        }

        double precision = (double)hits / detected, recall = (double)hits / injected;
        output.WriteLine($"{(scores ? "NPS" : "volume")}: {injected} injected, {detected} detected, {hits} hits: precision {precision:F3}, recall {recall:F3}");
        Assert.True(precision >= 0.85, $"precision {precision:F3}");
        Assert.True(recall >= 0.85, $"recall {recall:F3}");
    }

    [Fact]
    public void Consecutive_unusual_days_make_one_alert()
    {
        var series = Enumerable.Range(0, 60).Select(i => new SeriesPoint(Start.AddDays(i), i is >= 50 and < 53 ? 400 : 100 + i % 3, 100)).ToList();

        var alert = Assert.Single(AnomalyDetector.Detect(series, new AnomalyOptions(), scaleWithN: false));

        Assert.Equal((Start.AddDays(50), 3), (alert.Period, alert.Days));
        Assert.True(alert.Score > 4);
    }

    /// <summary>
    /// Volume: Poisson counts around 200 a day × weekday factor × 30% growth over two years × ±15% yearly season.
    /// NPS: the day's value is the true NPS (drifting 25-35) plus normal noise of its sampling error at that day's
    /// number of answers (about 80 a weekday). Anomalies: 10 per series, at least 10 days apart, after 60 days of history.
    /// </summary>
    private static (List<SeriesPoint> Series, HashSet<DateOnly> Anomalies) Series(int seed, bool scores)
    {
        var random = new Random(seed);
        double[] weekday = [1.3, 1.2, 1.0, 0.95, 1.0, 1.05, 0.8];
        var anomalies = new HashSet<DateOnly>();
        while (anomalies.Count < 10)
        {
            var day = Start.AddDays(60 + random.Next(670));
            if (anomalies.All(a => Math.Abs(a.DayNumber - day.DayNumber) >= 10))
            {
                anomalies.Add(day);
            }
        }

        var series = new List<SeriesPoint>();
        for (var i = 0; i < 730; i++)
        {
            var day = Start.AddDays(i);
            var level = (1 + 0.3 * i / 730.0) * (1 + 0.15 * Math.Sin(2 * Math.PI * i / 365.0)) * weekday[(int)day.DayOfWeek];
            var sign = random.Next(2) == 0 ? -1 : 1;
            if (!scores)
            {
                var mean = 200 * level;
                var count = Math.Max(0, mean + Math.Sqrt(mean) * Gaussian(random));
                if (anomalies.Contains(day))
                {
                    count += sign * 6 * Math.Sqrt(mean);
                }

                series.Add(new SeriesPoint(day, Math.Round(count), (long)Math.Round(count)));
            }
            else
            {
                var n = (long)Math.Max(10, Math.Round(80 * level + Math.Sqrt(80 * level) * Gaussian(random)));
                var trueNps = 30 + 5 * Math.Sin(2 * Math.PI * i / 200.0);
                var sigma = 100 * Math.Sqrt(0.6 / n); // trinomial sd for ~45% promoters, ~20% detractors
                var value = trueNps + sigma * Gaussian(random) + (anomalies.Contains(day) ? sign * 6 * sigma : 0);
                series.Add(new SeriesPoint(day, value, n));
            }
        }

        return (series, anomalies);
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
