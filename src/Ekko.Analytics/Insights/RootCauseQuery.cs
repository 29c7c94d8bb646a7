namespace Ekko.Analytics.Insights;

/// <summary>Two periods of UTC days, both ends included.</summary>
public readonly record struct Period(DateOnly From, DateOnly To)
{
    public int Days => To.DayNumber - From.DayNumber + 1;
}

/// <summary>
/// Explain how <see cref="Measure"/> changed from <see cref="Baseline"/> to <see cref="Current"/> by the
/// values of <see cref="Dimensions"/> (null: every dimension the answers have, customer attributes included),
/// among the answers that pass <see cref="Filters"/> (say, one touchpoint whose score fell).
/// </summary>
public sealed record RootCauseQuery(Measure Measure, Period Baseline, Period Current, IReadOnlyList<string>? Dimensions = null)
{
    public IReadOnlyDictionary<string, IReadOnlyCollection<string>> Filters { get; init; } = new Dictionary<string, IReadOnlyCollection<string>>();
}

/// <summary>
/// One cause: the answers <see cref="Where"/> holds (one dimension, or a combination), the measure among them
/// in each period, <see cref="Contribution"/> = the share of the total change that goes away when these answers
/// are put back as they were in the baseline (their scores and their share of all answers), and
/// <see cref="Surprise"/> = how differently they behave between the periods (Jensen-Shannon divergence, 0..1).
/// </summary>
public sealed record Explanation(
    IReadOnlyDictionary<string, string> Where, Metrics.Estimate Baseline, Metrics.Estimate Current, double Contribution, double Surprise);

public sealed record RootCauseReport(
    Measure Measure, Metrics.Estimate Baseline, Metrics.Estimate Current, double? Change, double? PValue,
    IReadOnlyList<Explanation> Explanations, string Summary);
