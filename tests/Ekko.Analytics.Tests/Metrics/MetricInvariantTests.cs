using Ekko.Analytics.Metrics;

namespace Ekko.Analytics.Tests.Metrics;

/// <summary>
/// Invariants over many random histograms from a fixed seed: tiny samples (0-4 answers), samples with every
/// answer in one category, two-score samples and samples of up to a few thousand answers with random shares.
/// </summary>
public sealed class MetricInvariantTests
{
    private const int HistogramsPerMetric = 4000;

    public static TheoryData<Metric> Metrics => [Metric.Nps, Metric.Csat, Metric.Ces];

    [Theory]
    [MemberData(nameof(Metrics))]
    public void Values_lie_on_the_scale_and_every_interval_contains_its_value(Metric metric)
    {
        var (low, high) = ReportedRange(metric);
        foreach (var histogram in RandomHistograms(metric, seed: 11 + (int)metric))
        {
            var estimate = histogram.Estimate();
            Assert.Equal(histogram.N, estimate.N);
            if (histogram.N == 0)
            {
                Assert.Equal(Estimate.Empty, estimate);
                continue;
            }

            var value = Assert.NotNull(estimate.Value);
            Assert.InRange(value, low, high);
            if (metric == Metric.Ces && histogram.N == 1)
            {
                Assert.Null(estimate.Ci95);
                continue;
            }

            AssertInterval(estimate, low, high, Describe(histogram));
            if (metric == Metric.Ces)
            {
                AssertInterval(CustomerEffort.EasyShare(histogram), 0, 100, Describe(histogram));
            }
        }
    }

    [Fact]
    public void Nps_value_is_promoters_minus_detractors_in_points()
    {
        foreach (var histogram in RandomHistograms(Metric.Nps, seed: 5))
        {
            if (histogram.N > 0)
            {
                var expected = 100.0 * (histogram.CountBetween(9, 10) - histogram.CountBetween(0, 6)) / histogram.N;
                Assert.Equal(expected, NetPromoterScore.Estimate(histogram).Value!.Value, 9);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Metrics))]
    public void A_change_between_identical_histograms_is_never_significant(Metric metric)
    {
        foreach (var histogram in RandomHistograms(metric, seed: 23 + (int)metric))
        {
            var copy = Copy(histogram, 1);
            var change = ChangeTest.Between(histogram, copy);
            if (histogram.N == 0)
            {
                Assert.Same(Change.Unknown, change);
                continue;
            }

            Assert.Equal(0, change.Value);
            Assert.True(change.PValue is null or 1.0, $"p = {change.PValue:R} for {Describe(histogram)}");
            // Only a CES sample of one answer has no test at all.
            Assert.Equal(metric == Metric.Ces && histogram.N == 1, change.PValue is null);
        }
    }

    [Theory]
    [MemberData(nameof(Metrics))]
    public void A_change_between_samples_with_the_same_shares_is_never_significant(Metric metric)
    {
        // The same shares at three times the size: the metric is the same, so the difference is exactly 0.
        foreach (var histogram in RandomHistograms(metric, seed: 29 + (int)metric).Where(h => h.N > 0))
        {
            var change = ChangeTest.Between(histogram, Copy(histogram, 3));

            Assert.Equal(0, change.Value);
            Assert.True(change.PValue is null or 1.0, $"p = {change.PValue:R} for {Describe(histogram)}");
        }
    }

    [Theory]
    [MemberData(nameof(Metrics))]
    public void Change_intervals_contain_the_change_and_swapping_the_sides_mirrors_it(Metric metric)
    {
        var before = RandomHistograms(metric, seed: 31 + (int)metric).Where(h => h.N > 0).ToList();
        var after = RandomHistograms(metric, seed: 37 + (int)metric).Where(h => h.N > 0).ToList();
        for (var i = 0; i < Math.Min(before.Count, after.Count); i++)
        {
            var change = ChangeTest.Between(before[i], after[i]);
            var back = ChangeTest.Between(after[i], before[i]);
            var what = $"{Describe(before[i])} -> {Describe(after[i])}";

            var value = Assert.NotNull(change.Value);
            Assert.Equal(-value, back.Value!.Value, 9);
            if (change.PValue is { } p)
            {
                Assert.InRange(p, 0, 1);
                Assert.Equal(p, back.PValue!.Value, 9);
            }
            else
            {
                Assert.Null(back.PValue);
            }

            if (change.Ci95 is { } interval)
            {
                Assert.True(interval.Low <= value && value <= interval.High, $"{interval} does not contain {value:R}: {what}");
                Assert.Equal(-interval.High, back.Ci95!.Value.Low, 9);
                Assert.Equal(-interval.Low, back.Ci95!.Value.High, 9);
            }
        }
    }

    [Fact]
    public void Q_values_are_at_least_the_p_values_at_most_1_and_monotone_in_p()
    {
        var random = new Random(41);
        for (var round = 0; round < 2000; round++)
        {
            var count = random.Next(0, 40);
            // Rounded p-values make ties common; some cells are untestable (null).
            var p = Enumerable.Range(0, count).Select(_ => random.NextDouble() < 0.15 ? (double?)null
                : random.NextDouble() < 0.3 ? Math.Round(random.NextDouble(), 2) : Math.Pow(random.NextDouble(), 3)).ToArray();
            var q = FalseDiscovery.Adjust(p);

            Assert.Equal(p.Length, q.Length);
            for (var i = 0; i < p.Length; i++)
            {
                Assert.Equal(p[i] is null, q[i] is null);
                if (p[i] is { } pi)
                {
                    Assert.InRange(q[i]!.Value, pi, 1);
                }
            }

            var byP = Enumerable.Range(0, p.Length).Where(i => p[i] is not null).OrderBy(i => p[i]).ToArray();
            for (var k = 1; k < byP.Length; k++)
            {
                Assert.True(q[byP[k - 1]] <= q[byP[k]], $"q not monotone: p {p[byP[k - 1]]:R} -> q {q[byP[k - 1]]:R}, p {p[byP[k]]:R} -> q {q[byP[k]]:R}");
                if (p[byP[k - 1]] == p[byP[k]])
                {
                    Assert.Equal(q[byP[k - 1]], q[byP[k]]);
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Metrics))]
    public void Adding_histograms_in_any_order_gives_the_same_estimate(Metric metric)
    {
        var parts = RandomHistograms(metric, seed: 43 + (int)metric).Take(200).ToList();
        var forward = new ScoreHistogram(metric);
        var backward = new ScoreHistogram(metric);
        var (min, max) = metric.ScaleOf();
        var raw = new List<int>();
        foreach (var part in parts)
        {
            forward.Add(part);
            for (var score = min; score <= max; score++)
            {
                raw.AddRange(Enumerable.Repeat(score, (int)part.Count(score)));
            }
        }

        foreach (var part in Enumerable.Reverse(parts))
        {
            backward.Add(part);
        }

        Assert.Equal(forward.Estimate(), backward.Estimate());
        Assert.Equal(ScoreHistogram.Of(metric, raw).Estimate(), forward.Estimate());
    }

    /// <summary>The range a metric's values and intervals are reported in.</summary>
    private static (double Low, double High) ReportedRange(Metric metric) => metric switch
    {
        Metric.Nps => (-100, 100),
        Metric.Csat => (0, 100),
        _ => (1, 7),
    };

    private static void AssertInterval(Estimate estimate, double low, double high, string what)
    {
        var interval = Assert.NotNull(estimate.Ci95);
        var value = estimate.Value!.Value;
        Assert.True(interval.Low <= interval.High, $"{interval} is upside down for {what}");
        Assert.True(interval.Low >= low && interval.High <= high, $"{interval} leaves {low}..{high} for {what}");
        Assert.True(interval.Contains(value), $"{interval} does not contain {value:R} for {what}");
    }

    internal static IEnumerable<ScoreHistogram> RandomHistograms(Metric metric, int seed)
    {
        var random = new Random(seed);
        var (min, max) = metric.ScaleOf();
        for (var i = 0; i < HistogramsPerMetric; i++)
        {
            var histogram = new ScoreHistogram(metric);
            switch (i % 5)
            {
                case 0:
                    // Tiny: 0 to 4 answers anywhere on the scale.
                    for (var k = random.Next(0, 5); k > 0; k--)
                    {
                        histogram.Add(random.Next(min, max + 1));
                    }

                    break;
                case 1:
                    // Everybody gives the same score (all promoters, all detractors, all passives, ...).
                    histogram.Add(random.Next(min, max + 1), Size(random));
                    break;
                case 2:
                    // Two scores only, one often rare.
                    histogram.Add(random.Next(min, max + 1), Size(random));
                    histogram.Add(random.Next(min, max + 1), random.Next(0, 3));
                    break;
                default:
                    // Random shares, some scores never given.
                    var weights = Enumerable.Range(min, max - min + 1).Select(_ => random.NextDouble() < 0.3 ? 0 : random.NextDouble()).ToArray();
                    if (weights.Sum() == 0)
                    {
                        weights[0] = 1;
                    }

                    var cumulative = 0.0;
                    var thresholds = weights.Select(w => cumulative += w / weights.Sum()).ToArray();
                    for (var k = Size(random); k > 0; k--)
                    {
                        var u = random.NextDouble();
                        var index = Array.FindIndex(thresholds, t => u < t);
                        histogram.Add(min + (index < 0 ? thresholds.Length - 1 : index));
                    }

                    break;
            }

            yield return histogram;
        }
    }

    /// <summary>1 to about 3000, mostly small: sample sizes spread evenly on a log scale.</summary>
    private static int Size(Random random) => (int)Math.Exp(random.NextDouble() * 8);

    private static ScoreHistogram Copy(ScoreHistogram histogram, int times)
    {
        var copy = new ScoreHistogram(histogram.Metric);
        for (var score = histogram.Min; score <= histogram.Max; score++)
        {
            copy.Add(score, histogram.Count(score) * times);
        }

        return copy;
    }

    private static string Describe(ScoreHistogram histogram) =>
        $"{histogram.Metric} counts [{string.Join(", ", Enumerable.Range(histogram.Min, histogram.Max - histogram.Min + 1).Select(histogram.Count))}]";
}
