using System.Globalization;
using Ekko.Analytics.Columnar;
using Ekko.Analytics.Metrics;

namespace Ekko.Analytics.Insights;

/// <summary>
/// The arithmetic of one root-cause question: the totals of both periods, and what the current period would
/// have been had a set of answers stayed as in the baseline.
/// </summary>
internal sealed class ChangeModel
{
    private readonly RootCauseQuery query;
    private readonly double[] baseline;
    private readonly double[] current;

    /// <summary>Cross tables already read: the "same answers" check and the combination look at the same pairs.</summary>
    private readonly Dictionary<(string, string), Slices> crosses = [];

    public ChangeModel(Measure measure, RootCauseQuery query, double[] baseline, double[] current)
    {
        Measure = measure;
        this.query = query;
        this.baseline = baseline;
        this.current = current;
        BaselineValue = measure.Value(baseline);
        CurrentValue = measure.Value(current);
        Change = CurrentValue - BaselineValue;
        PValue = PValueOf(baseline, current);
    }

    public Measure Measure { get; }

    public double? BaselineValue { get; }

    public double? CurrentValue { get; }

    public double? Change { get; }

    public double? PValue { get; }

    /// <summary>Answers in the current period (for volume: per day).</summary>
    public double CurrentAnswers => current.Sum();

    /// <summary>The share of the change that goes away when the set's answers are put back as in the baseline.</summary>
    public double Contribution(double[] setBaseline, double[] setCurrent) =>
        (CurrentValue!.Value - (Counterfactual(setBaseline, setCurrent) ?? CurrentValue.Value)) / Change!.Value;

    /// <summary>The share of the change that remains among all answers outside the set.</summary>
    public double Residual(double[] setBaseline, double[] setCurrent)
    {
        var before = Measure.Value(Minus(baseline, setBaseline));
        var after = Measure.Value(Minus(current, setCurrent));
        return before is { } b && after is { } a ? (a - b) / Change!.Value : 0;
    }

    /// <summary>
    /// The current period with the set's answers replaced by its baseline answers, scaled so that the set keeps
    /// its baseline share of all answers. (Volume is per day, so the set's baseline rate simply replaces its current one.)
    /// </summary>
    private double? Counterfactual(double[] setBaseline, double[] setCurrent)
    {
        double nB = baseline.Sum(), nC = current.Sum(), nBs = setBaseline.Sum(), nCs = setCurrent.Sum();
        var scale = Measure == Measure.Volume ? 1 : nB - nBs > 0 ? (nC - nCs) / (nB - nBs) : nB > 0 ? nC / nB : 0;
        var counterfactual = new double[current.Length];
        for (var i = 0; i < current.Length; i++)
        {
            counterfactual[i] = current[i] - setCurrent[i] + setBaseline[i] * scale;
        }

        return Measure.Value(counterfactual);
    }

    /// <summary>Is the set's own change real? A set absent from one period is compared with the other answers of the period it is in.</summary>
    public double? PValueOf(double[] setBaseline, double[] setCurrent)
    {
        if (Measure == Measure.Volume)
        {
            // Poisson rates: answers per day with variance n / days^2.
            double b = setBaseline[0], c = setCurrent[0];
            var variance = b / query.Baseline.Days + c / query.Current.Days;
            return variance > 0 ? Normal95.TwoSidedP((c - b) / Math.Sqrt(variance)) : null;
        }

        var metric = Measure.MetricOf()!.Value;
        var (before, after) = (setBaseline.Sum(), setCurrent.Sum()) switch
        {
            ( > 0, > 0) => (setBaseline, setCurrent),
            (0, > 0) => (Minus(current, setCurrent), setCurrent),
            ( > 0, 0) => (setBaseline, Minus(baseline, setBaseline)),
            _ => (setBaseline, setCurrent),
        };
        return ChangeTest.Between(Histogram(metric, before), Histogram(metric, after)).PValue;
    }

    /// <summary>Jensen-Shannon divergence (base 2, 0..1) between the set's baseline and current score distributions; for volume, between its shares of all answers.</summary>
    public double Surprise(double[] setBaseline, double[] setCurrent)
    {
        if (Measure == Measure.Volume)
        {
            double p = setBaseline[0] / Math.Max(baseline[0], double.Epsilon), q = setCurrent[0] / Math.Max(current[0], double.Epsilon);
            return 0.5 * (Term(p, p + q) + Term(q, p + q)) + 0.5 * (Term(1 - p, 2 - p - q) + Term(1 - q, 2 - p - q));
        }

        double nB = setBaseline.Sum(), nC = setCurrent.Sum();
        if (nB == 0 || nC == 0)
        {
            return 1;
        }

        double divergence = 0;
        for (var i = 0; i < setBaseline.Length; i++)
        {
            double p = setBaseline[i] / nB, q = setCurrent[i] / nC;
            divergence += 0.5 * (Term(p, p + q) + Term(q, p + q));
        }

        return divergence;
    }

    /// <summary>The fewest values of one dimension that explain the change together, largest first.</summary>
    public RootCause.CandidateSet? BestSet(IReadOnlyList<string> dimensions, Slices slices, List<RootCause.Candidate> candidates)
    {
        var chosen = new List<Slice>();
        var explained = 0.0;
        foreach (var candidate in candidates.OrderByDescending(c => c.Contribution).Take(6))
        {
            var with = Together(slices, [.. chosen, candidate.Slice]);
            var contribution = Contribution(with.Baseline, with.Current);
            if (contribution - explained >= RootCause.MinContribution)
            {
                chosen.Add(candidate.Slice);
                explained = contribution;
            }

            if (explained >= 0.95)
            {
                break;
            }
        }

        return chosen.Count == 0 ? null : Set(slices, dimensions, chosen);
    }

    /// <summary>
    /// The combination of two dimensions' sets: the cells of their cross table that lie in both, picked like a
    /// dimension's values. It wins over either dimension alone only when it scores higher, which it does when
    /// the change sits in the intersection (a smaller group explaining the same change).
    /// </summary>
    public RootCause.CandidateSet? Combination(ResponseIndex index, RootCause.CandidateSet first, RootCause.CandidateSet second)
    {
        var cross = Cross(index, first.Dimensions[0], second.Dimensions[0]);
        var firstValues = first.Slices.Select(s => s.Key[0]).ToHashSet();
        var secondValues = second.Slices.Select(s => s.Key[0]).ToHashSet();
        var candidates = cross.Groups.Values
            .Where(s => firstValues.Contains(s.Key[0]) && secondValues.Contains(s.Key[1]))
            .Select(s => new RootCause.Candidate(first.Dimensions[0], s, Contribution(s.Baseline, s.Current), null))
            .Where(c => c.Contribution >= RootCause.MinContribution)
            .ToList();
        return BestSet([first.Dimensions[0], second.Dimensions[0]], cross, candidates);
    }

    /// <summary>Whether two dimensions' sets hold (nearly) the same answers in both periods: 90% of each lies in both.</summary>
    public bool SameAnswers(ResponseIndex index, RootCause.CandidateSet first, RootCause.CandidateSet second)
    {
        var cross = Cross(index, first.Dimensions[0], second.Dimensions[0]);
        var firstValues = first.Slices.Select(s => s.Key[0]).ToHashSet();
        var secondValues = second.Slices.Select(s => s.Key[0]).ToHashSet();
        double both = 0, inFirst = 0, inSecond = 0;
        foreach (var cell in cross.Groups.Values)
        {
            var n = cell.Baseline.Sum() + cell.Current.Sum();
            var a = firstValues.Contains(cell.Key[0]);
            var b = secondValues.Contains(cell.Key[1]);
            both += a && b ? n : 0;
            inFirst += a ? n : 0;
            inSecond += b ? n : 0;
        }

        return both >= 0.9 * inFirst && both >= 0.9 * inSecond;
    }

    private Slices Cross(ResponseIndex index, string first, string second)
    {
        if (!crosses.TryGetValue((first, second), out var cross))
        {
            cross = Slices.Fetch(index, query, [first, second]);
            crosses.Add((first, second), cross);
        }

        return cross;
    }

    public RootCauseReport Report(IReadOnlyList<Explanation> explanations, string summary)
    {
        var total = Totals();
        return new RootCauseReport(Measure, total.Baseline, total.Current, Change, PValue, explanations, summary);
    }

    public string Headline()
    {
        var (b, c) = Totals();
        if (Change is null)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"{Measure.Name()} is {RootCause.Format(b.Value)} (n = {b.N}) in the baseline and {RootCause.Format(c.Value)} (n = {c.N}) in the current period.");
        }

        var significance = PValue is { } p ? (p < FalseDiscovery.Level ? $"significant, p = {p:G2}" : $"not significant, p = {p:G2}") : "not testable";
        return string.Create(CultureInfo.InvariantCulture,
            $"{Measure.Name()} changed by {Change:+0.0;-0.0;0.0} {Measure.Unit()}, from {RootCause.Format(b.Value)} (n = {b.N}) to {RootCause.Format(c.Value)} (n = {c.N}); {significance}.");
    }

    private (Estimate Baseline, Estimate Current) Totals() => (Estimate(baseline, query.Baseline), Estimate(current, query.Current));

    private Estimate Estimate(double[] counts, Period period)
    {
        if (Measure == Measure.Volume)
        {
            return new Estimate(counts[0], (long)Math.Round(counts[0] * period.Days), null);
        }

        return Histogram(Measure.MetricOf()!.Value, counts).Estimate();
    }

    private RootCause.CandidateSet Set(Slices slices, IReadOnlyList<string> dimensions, List<Slice> chosen)
    {
        var together = Together(slices, chosen);
        var contribution = Contribution(together.Baseline, together.Current);
        var residual = Residual(together.Baseline, together.Current);
        // A set holding most answers "explains" any change; what counts is explaining much with few answers.
        var share = together.Current.Sum() / Math.Max(current.Sum(), double.Epsilon);
        var score = contribution - Math.Abs(residual) - RootCause.ExtraValuePenalty * (chosen.Count - 1) - RootCause.SharePenalty * share;
        var explanations = chosen
            .Select(s => new Explanation(
                dimensions.Select((d, i) => (d, s.Key[i]!)).ToDictionary(p => p.d, p => p.Item2, StringComparer.Ordinal),
                Estimate(s.Baseline, query.Baseline), Estimate(s.Current, query.Current),
                Contribution(s.Baseline, s.Current), Surprise(s.Baseline, s.Current)))
            .OrderByDescending(e => e.Contribution)
            .ToList();
        return new RootCause.CandidateSet(dimensions, chosen, score, explanations.Sum(e => e.Surprise),
            together.Baseline.Sum() + together.Current.Sum(), explanations);
    }

    private static (double[] Baseline, double[] Current) Together(Slices slices, IEnumerable<Slice> chosen) =>
        (slices.SumOf(chosen, current: false), slices.SumOf(chosen, current: true));

    private static double[] Minus(double[] all, double[] part) => [.. all.Select((x, i) => Math.Max(0, x - part[i]))];

    private static ScoreHistogram Histogram(Metric metric, double[] counts)
    {
        var histogram = new ScoreHistogram(metric);
        for (var i = 0; i < counts.Length; i++)
        {
            var count = (long)Math.Round(counts[i]);
            if (count > 0)
            {
                histogram.Add(histogram.Min + i, count);
            }
        }

        return histogram;
    }

    private static double Term(double p, double sum) => p <= 0 ? 0 : p * Math.Log2(2 * p / sum);
}
