using Ekko.Analytics.Metrics;

namespace Ekko.Analytics.Insights;

/// <summary>
/// One scored answer with the themes found in its comment (none without a comment), and those of them the
/// comment spoke of negatively.
/// </summary>
public sealed record ThemedAnswer(int Score, IReadOnlyCollection<string> Themes, IReadOnlyCollection<string> NegativeThemes);

/// <summary>
/// A theme's measured impact (<see cref="Priority"/>: share of the answers whose comment has the theme × how
/// far they score below everyone else) next to its loudness, <see cref="NegativeMentions"/>: the comments that
/// speak of it negatively, whatever their score.
/// </summary>
public sealed record ThemePriority(Priority Priority, long NegativeMentions);

/// <summary>
/// Themes ranked by measured impact on the metric, like <see cref="Priorities"/> ranks a dimension's values.
/// A comment can have several themes, so themes are not one value per answer: each theme's group is the
/// answers whose comment has it, compared with all the other answers of the period (with or without a comment),
/// and the groups overlap. Ranked by the lower end of the impact's 95% interval.
/// </summary>
public static class ThemePriorities
{
    public static IReadOnlyList<ThemePriority> Rank(Metric metric, IEnumerable<ThemedAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var total = new ScoreHistogram(metric);
        var groups = new Dictionary<string, ScoreHistogram>(StringComparer.Ordinal);
        var negative = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var answer in answers)
        {
            total.Add(answer.Score);
            foreach (var theme in answer.Themes.Distinct(StringComparer.Ordinal))
            {
                if (!groups.TryGetValue(theme, out var scores))
                {
                    groups[theme] = scores = new ScoreHistogram(metric);
                }

                scores.Add(answer.Score);
            }

            foreach (var theme in answer.NegativeThemes.Distinct(StringComparer.Ordinal))
            {
                negative[theme] = negative.GetValueOrDefault(theme) + 1;
            }
        }

        return [.. Priorities.Rank(total, groups.Select(g => (g.Key, g.Value)))
            .Select(p => new ThemePriority(p, negative.GetValueOrDefault(p.Value)))];
    }
}
