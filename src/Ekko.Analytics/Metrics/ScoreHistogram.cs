namespace Ekko.Analytics.Metrics;

/// <summary>
/// How many answers gave each score of a metric's scale. Every metric and interval Ekko reports is computed
/// from these counts alone, so histograms can be added up in any order (per day, per segment, per thread)
/// and give exactly the result of a pass over the raw answers.
/// </summary>
public sealed class ScoreHistogram
{
    private readonly long[] counts;

    public ScoreHistogram(Metric metric)
    {
        Metric = metric;
        var (min, max) = metric.ScaleOf();
        Min = min;
        counts = new long[max - min + 1];
    }

    public Metric Metric { get; }

    /// <summary>The lowest score of the scale; <c>Count(Min)</c> is the first bucket.</summary>
    public int Min { get; }

    public int Max => Min + counts.Length - 1;

    public long N { get; private set; }

    public static ScoreHistogram Of(Metric metric, IEnumerable<int> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var histogram = new ScoreHistogram(metric);
        foreach (var score in scores)
        {
            histogram.Add(score);
        }

        return histogram;
    }

    public long Count(int score) => score < Min || score > Max ? 0 : counts[score - Min];

    /// <summary>Answers scoring from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public long CountBetween(int from, int to)
    {
        long total = 0;
        for (var score = Math.Max(from, Min); score <= Math.Min(to, Max); score++)
        {
            total += counts[score - Min];
        }

        return total;
    }

    public void Add(int score, long count = 1)
    {
        if (score < Min || score > Max)
        {
            throw new ArgumentOutOfRangeException(nameof(score), score, $"{Metric} scores are {Min}-{Max}");
        }

        counts[score - Min] += count;
        N += count;
    }

    public void Add(ScoreHistogram other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Metric != Metric)
        {
            throw new ArgumentException($"cannot add a {other.Metric} histogram to a {Metric} one", nameof(other));
        }

        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] += other.counts[i];
        }

        N += other.N;
    }

    /// <summary>Takes away answers counted in <paramref name="part"/>, which must be part of this histogram.</summary>
    public void Subtract(ScoreHistogram part)
    {
        ArgumentNullException.ThrowIfNull(part);
        if (part.Metric != Metric)
        {
            throw new ArgumentException($"cannot subtract a {part.Metric} histogram from a {Metric} one", nameof(part));
        }

        for (var i = 0; i < counts.Length; i++)
        {
            if (part.counts[i] > counts[i])
            {
                throw new ArgumentException("the part has more answers of a score than the whole", nameof(part));
            }
        }

        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] -= part.counts[i];
        }

        N -= part.N;
    }

    /// <summary>Sum of the scores, for means.</summary>
    internal double Sum()
    {
        double sum = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            sum += (double)(i + Min) * counts[i];
        }

        return sum;
    }

    /// <summary>Sum of squared deviations from <paramref name="mean"/>, for variances.</summary>
    internal double SquaredDeviations(double mean)
    {
        double sum = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            var deviation = i + Min - mean;
            sum += deviation * deviation * counts[i];
        }

        return sum;
    }
}
