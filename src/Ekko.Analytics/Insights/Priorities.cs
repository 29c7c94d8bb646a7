using Ekko.Analytics.Columnar;
using Ekko.Analytics.Metrics;

namespace Ekko.Analytics.Insights;

/// <summary>Which values of <see cref="Dimension"/> hold back <see cref="Metric"/> most, over <see cref="Period"/>.</summary>
public sealed record PriorityQuery(Metric Metric, Period Period, string Dimension)
{
    public IReadOnlyDictionary<string, IReadOnlyCollection<string>> Filters { get; init; } = new Dictionary<string, IReadOnlyCollection<string>>();
}

/// <summary>
/// One value's measured impact: <see cref="Impact"/> = its share of the answers × how far it scores below all
/// other answers = how much the overall metric would rise if its answers scored like the rest (NPS points,
/// CSAT points or CES). <see cref="NegativeAnswers"/> is the raw complaint count (NPS 0-6, CSAT 1-2, CES 1-3):
/// the "loudness", shown next to the impact so that the difference between loud and important is visible.
/// </summary>
public sealed record Priority(
    string Value, long N, double Share, double Score, double Others, double Impact, Interval Ci95, long NegativeAnswers);

/// <summary>
/// Ranks a dimension's values by their measured impact on the metric, by the lower end of its 95% interval,
/// so that a value is placed high only when the data are sure it matters. The interval treats the share as
/// given and combines the two groups' variances (adjusted Wald for NPS, Agresti-Coull for CSAT, the sample
/// variance for CES), none of which is zero for a handful of identical answers.
/// </summary>
public static class Priorities
{
    public static IReadOnlyList<Priority> Rank(ResponseIndex index, PriorityQuery query)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(query);
        var cells = index.Query(new MetricQuery(query.Metric, query.Period.From, query.Period.To)
        {
            GroupBy = [query.Dimension],
            Filters = query.Filters,
        });
        var total = new ScoreHistogram(query.Metric);
        foreach (var cell in cells)
        {
            total.Add(cell.Current);
        }

        return Rank(total, cells.Where(c => c.Key[0] is not null).Select(c => (c.Key[0]!, c.Current)));
    }

    /// <summary>
    /// Ranks groups of answers against <paramref name="total"/>, all answers of the period: each group's
    /// "everyone else" is the total less the group. Groups may overlap (a comment has several themes), as
    /// each is compared with its own complement; a group holding every answer has no one to compare with and
    /// is left out.
    /// </summary>
    public static IReadOnlyList<Priority> Rank(ScoreHistogram total, IEnumerable<(string Value, ScoreHistogram Scores)> groups)
    {
        ArgumentNullException.ThrowIfNull(total);
        ArgumentNullException.ThrowIfNull(groups);
        var ranked = new List<Priority>();
        foreach (var (name, scores) in groups.Where(g => g.Scores.N > 0 && g.Scores.N < total.N))
        {
            var others = new ScoreHistogram(total.Metric);
            others.Add(total);
            others.Subtract(scores);
            var (value, variance) = ValueAndVariance(scores);
            var (rest, restVariance) = ValueAndVariance(others);
            var share = (double)scores.N / total.N;
            var impact = share * (rest - value);
            var half = Normal95.Z * share * Math.Sqrt(variance + restVariance);
            ranked.Add(new Priority(name, scores.N, share, value, rest, impact, new Interval(impact - half, impact + half), Negative(scores)));
        }

        return [.. ranked.OrderByDescending(p => p.Ci95.Low).ThenByDescending(p => p.Impact).ThenBy(p => p.Value, StringComparer.Ordinal)];
    }

    /// <summary>The metric's value and the variance of that estimate, in the metric's unit.</summary>
    private static (double Value, double Variance) ValueAndVariance(ScoreHistogram histogram)
    {
        switch (histogram.Metric)
        {
            case Metric.Nps:
                var adjusted = NetPromoterScore.Adjusted(NetPromoterScore.Promoters(histogram), NetPromoterScore.Detractors(histogram), histogram.N);
                return (NetPromoterScore.Estimate(histogram).Value!.Value, adjusted.Variance * 100 * 100);
            case Metric.Csat:
                // Agresti-Coull (two more satisfied, two more not) so that 0% and 100% do not claim zero variance.
                var satisfied = Satisfaction.Satisfied(histogram);
                var adjustedShare = (satisfied + 2.0) / (histogram.N + 4);
                return (100.0 * satisfied / histogram.N, adjustedShare * (1 - adjustedShare) / (histogram.N + 4) * 100 * 100);
            default:
                // One answer, or all alike, says little about the spread: assume the widest (half the 1-7 range).
                var mean = CustomerEffort.Estimate(histogram).Value!.Value;
                var variance = histogram.N > 1 ? CustomerEffort.Variance(histogram, mean) : 0;
                return (mean, Math.Max(variance, histogram.N > 1 ? 0 : 9) / histogram.N);
        }
    }

    private static long Negative(ScoreHistogram histogram) => histogram.Metric switch
    {
        Metric.Nps => histogram.CountBetween(0, 6),
        Metric.Csat => histogram.CountBetween(1, 2),
        _ => histogram.CountBetween(1, 3),
    };
}
