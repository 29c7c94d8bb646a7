using MathNet.Numerics.Distributions;

namespace Ekko.Analytics.Metrics;

/// <summary>
/// Tests whether a metric changed between two independent samples: a z-test on NPS, the pooled
/// two-proportion z-test with a Newcombe interval on CSAT, Welch's t-test on CES.
/// </summary>
public static class ChangeTest
{
    public static Change Between(ScoreHistogram before, ScoreHistogram after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        if (before.Metric != after.Metric)
        {
            throw new ArgumentException($"cannot compare {before.Metric} with {after.Metric}", nameof(after));
        }

        if (before.N == 0 || after.N == 0)
        {
            return Change.Unknown;
        }

        return before.Metric switch
        {
            Metric.Nps => Nps(before, after),
            Metric.Csat => Csat(before, after),
            Metric.Ces => Ces(before, after),
            _ => throw new ArgumentOutOfRangeException(nameof(before), before.Metric, null),
        };
    }

    /// <summary>
    /// The change in points, with its standard error from the adjusted (n + 3) trinomial variances. Those are
    /// never zero, so two all-promoter samples still give a finite test; the numerator is the raw difference,
    /// so equal scores always give p = 1.
    /// </summary>
    private static Change Nps(ScoreHistogram before, ScoreHistogram after)
    {
        var difference = (NetPromoterScore.Estimate(after).Value - NetPromoterScore.Estimate(before).Value)!.Value / 100;
        var a = NetPromoterScore.Adjusted(NetPromoterScore.Promoters(before), NetPromoterScore.Detractors(before), before.N);
        var b = NetPromoterScore.Adjusted(NetPromoterScore.Promoters(after), NetPromoterScore.Detractors(after), after.N);
        var se = Math.Sqrt(a.Variance + b.Variance);
        var interval = new Interval(difference - Normal95.Z * se, difference + Normal95.Z * se).Scale(100).Clamp(-200, 200);
        return new Change(difference * 100, interval, Normal95.TwoSidedP(difference / se));
    }

    /// <summary>The change in percentage points: pooled z-test for the p-value, Newcombe's hybrid score interval (method 10).</summary>
    private static Change Csat(ScoreHistogram before, ScoreHistogram after)
    {
        long x1 = Satisfaction.Satisfied(before), n1 = before.N, x2 = Satisfaction.Satisfied(after), n2 = after.N;
        double p1 = (double)x1 / n1, p2 = (double)x2 / n2, difference = p2 - p1;
        var pooled = (double)(x1 + x2) / (n1 + n2);
        var se = Math.Sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
        // se is zero only when both samples are all-satisfied or all-unsatisfied, so the difference is zero too.
        var p = se == 0 ? 1 : Normal95.TwoSidedP(difference / se);
        Interval w1 = Proportion.Wilson(x1, n1), w2 = Proportion.Wilson(x2, n2);
        var low = difference - Math.Sqrt(Square(p2 - w2.Low) + Square(w1.High - p1));
        var high = difference + Math.Sqrt(Square(w2.High - p2) + Square(p1 - w1.Low));
        return new Change(difference * 100, new Interval(low, high).Scale(100), p);
    }

    /// <summary>The change of the mean score, Welch's t-test with Welch-Satterthwaite degrees of freedom.</summary>
    private static Change Ces(ScoreHistogram before, ScoreHistogram after)
    {
        double mean1 = before.Sum() / before.N, mean2 = after.Sum() / after.N, difference = mean2 - mean1;
        if (before.N < 2 || after.N < 2)
        {
            return new Change(difference, null, null);
        }

        var v1 = CustomerEffort.Variance(before, mean1) / before.N;
        var v2 = CustomerEffort.Variance(after, mean2) / after.N;
        var se = Math.Sqrt(v1 + v2);
        if (se == 0)
        {
            // Every answer on each side is the same score: nothing varies, so there is no test to run.
            return new Change(difference, null, difference == 0 ? 1 : null);
        }

        var df = Square(v1 + v2) / (Square(v1) / (before.N - 1) + Square(v2) / (after.N - 1));
        var half = CustomerEffort.TQuantile95(df) * se;
        var p = 2 * (1 - StudentT.CDF(0, 1, df, Math.Abs(difference / se)));
        return new Change(difference, new Interval(difference - half, difference + half).Clamp(-6, 6), p);
    }

    private static double Square(double x) => x * x;
}
