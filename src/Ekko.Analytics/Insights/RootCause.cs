using System.Globalization;
using Ekko.Analytics.Columnar;
using Ekko.Analytics.Metrics;

namespace Ekko.Analytics.Insights;

/// <summary>
/// Finds which answers explain a change of a measure between two periods, in the spirit of Adtributor
/// (explanatory power and surprise per dimension value), extended to several culprits in one dimension and to
/// combinations of two dimensions, and made to tell a cause from its symptoms:
/// <list type="number">
/// <item>Each value of each dimension gets a contribution: the share of the total change that disappears when
/// its answers are put back as they were in the baseline (their scores and their share of all answers), and
/// a test of whether its own change is real (Benjamini-Hochberg over every value tested).</item>
/// <item>Per dimension, the fewest values that together explain the change are picked greedily.</item>
/// <item>Dimensions are ranked by that joint contribution, minus the change that remains among all other
/// answers (a symptom leaves much of it: customer service looks worse, but so do the campaign's customers
/// everywhere else), minus twice the set's share of all answers (explaining everything with everyone
/// explains nothing), minus a little per extra value (the simplest explanation wins).</item>
/// <item>The intersections of the three best dimensions' sets are scored the same way; when one scores higher
/// than any dimension alone (a smaller group explaining the same change), the cause is that combination
/// (campaign spring-sale and channel e-mail).</item>
/// </list>
/// </summary>
public static class RootCause
{
    /// <summary>A value must explain at least this share of the change to be considered.</summary>
    public const double MinContribution = 0.1;

    /// <summary>Dimensions with more values than this are identifiers, not causes, and are skipped.</summary>
    public const int MaxValues = 200;

    /// <summary>What each value beyond the first costs a dimension's score: the simplest explanation wins.</summary>
    internal const double ExtraValuePenalty = 0.1;

    /// <summary>
    /// What a set's share of all answers costs its score. Twice the share, so that when a value and its
    /// intersection with another dimension explain the same change, the smaller group wins clearly: the
    /// change sits in the intersection, not in the whole value.
    /// </summary>
    internal const double SharePenalty = 2;

    /// <summary>How far below the best a dimension may score and still be checked for describing the same answers.</summary>
    private const double ConfoundedScoreGap = 0.5;

    /// <summary>How much better a combination must score than the best single dimension to be preferred.</summary>
    private const double CombinationMargin = 0.05;

    public static RootCauseReport Explain(ResponseIndex index, RootCauseQuery query)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(query);
        var measure = query.Measure;
        var total = Slices.Fetch(index, query, []);
        var model = new ChangeModel(measure, query, total.Baseline, total.Current);
        if (model.Change is null)
        {
            return model.Report([], model.Headline() + " One of the periods has no answers, so there is no change to explain.");
        }

        if (model.Change == 0 || model.PValue is not < FalseDiscovery.Level)
        {
            return model.Report([], model.Headline() + " That is within what chance alone produces, so no cause is sought.");
        }

        // A dimension the analysis is filtered on cannot explain anything within the filter.
        var dimensions = (query.Dimensions ?? index.Dimensions).Where(d => !query.Filters.ContainsKey(d))
            .Select(d => (Name: d, Slices: Slices.Fetch(index, query, [d])))
            .Where(d => d.Slices.Groups.Count is > 1 and <= MaxValues)
            .ToList();
        var candidates = Candidates(model, dimensions);
        var ranked = dimensions
            .Select(d => model.BestSet([d.Name], d.Slices, candidates.Where(c => c.Dimension == d.Name).ToList()))
            .OfType<CandidateSet>()
            .OrderByDescending(s => s.Score).ThenByDescending(s => s.Surprise).ThenBy(s => s.Population)
            .ToList();
        if (ranked.Count == 0)
        {
            return model.Report([], model.Headline() + " No group of answers stands out: the change is spread across them.");
        }

        // Two dimensions can describe the same answers (every web order in the window ran the new release):
        // then the more surprising description is the cause (the release, new in this period), not the channel.
        var best = ranked[0];
        var sameAnswers = ranked.Skip(1).Take(2).Where(other => other.Score >= best.Score - ConfoundedScoreGap && model.SameAnswers(index, best, other)).ToList();
        if (sameAnswers.Where(s => s.Surprise > best.Surprise).MaxBy(s => s.Surprise) is { } moreSurprising)
        {
            sameAnswers = [.. sameAnswers.Where(s => s != moreSurprising).Prepend(best)];
            best = moreSurprising;
        }

        var top = ranked.Take(3).ToList();
        var combined = top.SelectMany((a, i) => top.Skip(i + 1).Select(b => model.Combination(index, a, b)))
            .OfType<CandidateSet>().MaxBy(c => c.Score);
        var explanations = combined is not null && combined.Score > best.Score + CombinationMargin
            ? combined.Explanations
            : best.Explanations;
        var alike = explanations == best.Explanations && sameAnswers.Count > 0
            ? " The same answers are " + string.Join(" and ", sameAnswers.Select(s => Describe(s.Explanations[0].Where))) + " in these periods."
            : "";
        return model.Report(explanations, model.Headline() + " " + Sentence(model, explanations) + alike);
    }

    /// <summary>Every value with a contribution in the direction of the change, and whether its own change is real.</summary>
    private static List<Candidate> Candidates(ChangeModel model, List<(string Name, Slices Slices)> dimensions)
    {
        var all = new List<Candidate>();
        foreach (var (name, slices) in dimensions)
        {
            foreach (var slice in slices.Groups.Values.Where(s => !s.HasNoValue))
            {
                var contribution = model.Contribution(slice.Baseline, slice.Current);
                // A value that explains no more of the change than its share of the answers is just part of the crowd.
                if (contribution >= MinContribution && contribution - slice.Current.Sum() / Math.Max(model.CurrentAnswers, double.Epsilon) >= MinContribution)
                {
                    all.Add(new Candidate(name, slice, contribution, model.PValueOf(slice.Baseline, slice.Current)));
                }
            }
        }

        var q = FalseDiscovery.Adjust([.. all.Select(c => c.PValue)]);
        return [.. all.Where((c, i) => q[i] < FalseDiscovery.Level)];
    }

    private static string Sentence(ChangeModel model, IReadOnlyList<Explanation> explanations)
    {
        var parts = explanations.Select(e => string.Create(CultureInfo.InvariantCulture,
            $"{e.Contribution * 100:F0}% comes from answers with {Describe(e.Where)}, ") + (e.Baseline.N == 0
                ? string.Create(CultureInfo.InvariantCulture, $"which are new in this period ({model.Measure.Name()} {Format(e.Current.Value)}, n = {e.Current.N})")
                : string.Create(CultureInfo.InvariantCulture, $"whose {model.Measure.Name()} went from {Format(e.Baseline.Value)} to {Format(e.Current.Value)} (n = {e.Baseline.N} and {e.Current.N})")));
        return string.Create(CultureInfo.InvariantCulture, $"Of the change, {string.Join("; ", parts)}.");
    }

    private static string Describe(IReadOnlyDictionary<string, string> where) => string.Join(" and ", where.Select(w => $"{w.Key} {w.Value}"));

    internal static string Format(double? value) => value is { } v ? v.ToString("F1", CultureInfo.InvariantCulture) : "none";

    internal sealed record Candidate(string Dimension, Slice Slice, double Contribution, double? PValue);

    /// <summary>The values picked for one dimension, how much of the change they explain together, and what remains elsewhere.</summary>
    internal sealed record CandidateSet(IReadOnlyList<string> Dimensions, IReadOnlyList<Slice> Slices, double Score, double Surprise, double Population, IReadOnlyList<Explanation> Explanations);
}
