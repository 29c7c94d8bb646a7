using System.Globalization;

namespace Ekko.Analytics.Retention;

/// <summary>A scored answer of a customer: its day, the score on a 0..1 scale of its metric, and whether it was negative (NPS 0-6, CSAT 1-2, CES 1-3).</summary>
public readonly record struct ScoredAnswer(DateOnly Day, double Score, bool Negative);

/// <summary>A theme found with negative sentiment in one of the customer's comments.</summary>
public readonly record struct ThemeMention(DateOnly Day, string Theme);

/// <summary>A follow-up case of the customer: opened on <see cref="Opened"/>, resolved on <see cref="Resolved"/> (null: still open).</summary>
public readonly record struct CaseSpan(DateOnly Opened, DateOnly? Resolved);

/// <summary>
/// Everything the churn model may know about one customer: their activity under the workspace's rule, every
/// interaction day (contacts of any kind), scored answers, negative theme mentions and cases. Signals are read
/// as of a snapshot day, from what happened before it only, so the same history yields training rows for past
/// snapshots and a score for today.
/// </summary>
public sealed record CustomerHistory(
    string Customer,
    DateOnly Since,
    ActivityHistory? Activity,
    IReadOnlyList<DateOnly> Contacts,
    IReadOnlyList<ScoredAnswer> Answers,
    IReadOnlyList<ThemeMention> NegativeThemes,
    IReadOnlyList<CaseSpan> Cases);

/// <summary>
/// The churn model's inputs as a pure function of a customer's history and a snapshot day, and the label:
/// whether a customer active at the snapshot (under the workspace's activity rule) is no longer active
/// <see cref="HorizonDays"/> later.
/// </summary>
public static class ChurnSignals
{
    /// <summary>The horizon of the prediction: churned within the next 90 days.</summary>
    public const int HorizonDays = 90;

    /// <summary>How far back "recent" answers, negative answers and themes reach.</summary>
    public const int RecentDays = 180;

    /// <summary>The score assumed for a customer without recent answers (a typical satisfied customer), so that silence is neither good nor bad; <see cref="AnswersRecent"/> tells the model it was assumed.</summary>
    public const double NoScore = 0.75;

    public const int DaysSinceActivity = 0;
    public const int ActivityYear = 1;
    public const int TenureDays = 2;
    public const int Contacts90 = 3;
    public const int AnswersRecent = 4;
    public const int RecentScore = 5;
    public const int ScoreChange = 6;
    public const int NegativeAnswers = 7;
    public const int NegativeThemes = 8;
    public const int OpenCases = 9;

    /// <summary>The feature names, in the order of <see cref="At"/>'s vector.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "days_since_activity", "activity_365d", "tenure_days", "contacts_90d", "answers_180d",
        "recent_score", "score_change", "negative_answers_180d", "negative_themes_180d", "open_cases",
    ];

    /// <summary>
    /// The signals as of the start of <paramref name="snapshot"/>, from events before it only:
    /// days since the last activity (capped at 3 years, and at that cap without any), activity days in the last
    /// 365, tenure in days, interactions of any kind in the last 90 days, scored answers in the last 180, their
    /// mean score (0..1; <see cref="NoScore"/> without any), the change of the mean score of the last 90 days
    /// against the 275 days before them (0 unless both have answers), negative answers and negative theme
    /// mentions in the last 180 days, and cases open at the snapshot.
    /// </summary>
    public static float[] At(CustomerHistory history, DateOnly snapshot)
    {
        ArgumentNullException.ThrowIfNull(history);
        var features = new float[Names.Count];
        var recentFrom = snapshot.AddDays(-RecentDays);
        var last = history.Activity?.LastBefore(snapshot);
        features[DaysSinceActivity] = last is { } l ? Math.Min(3 * 365, snapshot.DayNumber - l.DayNumber) : 3 * 365;
        features[ActivityYear] = history.Activity?.CountBetween(snapshot.AddDays(-365), snapshot) ?? 0;
        features[TenureDays] = Math.Clamp(snapshot.DayNumber - history.Since.DayNumber, 0, 3650);
        features[Contacts90] = history.Contacts.Count(d => d >= snapshot.AddDays(-90) && d < snapshot);

        double recentSum = 0, lateSum = 0, earlySum = 0;
        int recent = 0, negative = 0, late = 0, early = 0;
        foreach (var answer in history.Answers)
        {
            if (answer.Day >= snapshot || answer.Day < snapshot.AddDays(-365))
            {
                continue;
            }

            if (answer.Day >= recentFrom)
            {
                recent++;
                recentSum += answer.Score;
                negative += answer.Negative ? 1 : 0;
            }

            if (answer.Day >= snapshot.AddDays(-90))
            {
                late++;
                lateSum += answer.Score;
            }
            else
            {
                early++;
                earlySum += answer.Score;
            }
        }

        features[AnswersRecent] = recent;
        features[RecentScore] = (float)(recent > 0 ? recentSum / recent : NoScore);
        features[ScoreChange] = (float)(late > 0 && early > 0 ? lateSum / late - earlySum / early : 0);
        features[NegativeAnswers] = negative;
        features[NegativeThemes] = history.NegativeThemes.Count(t => t.Day >= recentFrom && t.Day < snapshot);
        features[OpenCases] = history.Cases.Count(c => c.Opened < snapshot && (c.Resolved is null || c.Resolved >= snapshot));
        return features;
    }

    /// <summary>
    /// Null when the customer is not active at <paramref name="snapshot"/> (not in the population); otherwise
    /// whether they are no longer active <see cref="HorizonDays"/> later.
    /// </summary>
    public static bool? Churned(CustomerHistory history, DateOnly snapshot, int windowDays)
    {
        ArgumentNullException.ThrowIfNull(history);
        return history.Activity is { } activity && activity.IsActiveAt(snapshot, windowDays)
            ? !activity.IsActiveAt(snapshot.AddDays(HorizonDays), windowDays)
            : null;
    }

    /// <summary>
    /// A signal in plain words, as it stands for this customer (the model says how much it weighs):
    /// "2 negative answers in the last 6 months", "no activity for 84 days".
    /// </summary>
    public static string Describe(int feature, float[] values, CustomerHistory history, DateOnly snapshot)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(history);
        var v = values[feature];
        var n = (int)Math.Round(v);
        return feature switch
        {
            DaysSinceActivity => v >= 3 * 365 ? "no activity in the last 3 years" : Invariant($"last activity {n} days ago"),
            ActivityYear => Invariant($"{Count(n, "day")} of activity in the last 12 months"),
            TenureDays => Invariant($"customer for {n} days"),
            Contacts90 => Invariant($"{Count(n, "interaction")} in the last 90 days"),
            AnswersRecent => n == 0 ? "no survey answers in the last 6 months" : Invariant($"{Count(n, "survey answer")} in the last 6 months"),
            RecentScore => values[AnswersRecent] == 0 ? "no recent score" : Invariant($"recent scores average {v * 100:0}% of the scale"),
            ScoreChange => Invariant($"scores {(v < 0 ? "fell" : "rose")} by {Math.Abs(v) * 100:0} points of the scale in the last 90 days"),
            NegativeAnswers => Invariant($"{Count(n, "negative answer")} in the last 6 months"),
            NegativeThemes => Invariant($"{Count(n, "negative comment mention")} in the last 6 months{Themes(history, snapshot)}"),
            OpenCases => Invariant($"{Count(n, "open case")}"),
            _ => throw new ArgumentOutOfRangeException(nameof(feature)),
        };
    }

    private static string Themes(CustomerHistory history, DateOnly snapshot)
    {
        var themes = history.NegativeThemes.Where(t => t.Day >= snapshot.AddDays(-RecentDays) && t.Day < snapshot)
            .GroupBy(t => t.Theme, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).Take(3).ToList();
        return themes.Count == 0 ? "" : $" ({string.Join(", ", themes)})";
    }

    private static string Count(int n, string noun) => Invariant($"{n} {noun}{(n == 1 ? "" : "s")}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
