using System.Text.Json.Nodes;
using Ekko.Analytics;
using Ekko.Analytics.Insights;

namespace Ekko.Core.Features.Insights;

/// <summary>Priorities as the API and the CLI write them: ranked by the lower end of the impact's interval.</summary>
public static class PrioritiesJson
{
    public static JsonObject Write(Metric metric, string by, IReadOnlyList<Priority> priorities)
    {
        ArgumentNullException.ThrowIfNull(priorities);
        var decimals = metric == Metric.Ces ? 2 : 1;
        var loudest = priorities.OrderByDescending(p => p.NegativeAnswers).Select((p, i) => (p.Value, Rank: i + 1)).ToDictionary(x => x.Value, x => x.Rank);
        return new JsonObject
        {
            ["metric"] = metric.ToString().ToLowerInvariant(),
            ["by"] = by,
            ["priorities"] = new JsonArray([.. priorities.Select((p, i) => (JsonNode?)new JsonObject
            {
                ["rank"] = i + 1,
                ["key"] = p.Value,
                ["n"] = p.N,
                ["share"] = Math.Round(p.Share, 4),
                ["value"] = Math.Round(p.Score, decimals),
                ["others"] = Math.Round(p.Others, decimals),
                ["impact"] = Math.Round(p.Impact, decimals + 1),
                ["ci95"] = new JsonArray(Math.Round(p.Ci95.Low, decimals + 1), Math.Round(p.Ci95.High, decimals + 1)),
                ["negative_answers"] = p.NegativeAnswers,
                ["rank_by_negative_answers"] = loudest[p.Value],
            })]),
        };
    }

    /// <summary>
    /// Theme priorities: the fields of <see cref="Write"/> (<c>negative_answers</c> counts the low scores among the
    /// answers whose comment has the theme) and the theme's loudness, <c>negative_mentions</c>: comments that
    /// speak of it negatively, with their rank.
    /// </summary>
    public static JsonObject WriteThemes(Metric metric, IReadOnlyList<ThemePriority> themes)
    {
        ArgumentNullException.ThrowIfNull(themes);
        var json = Write(metric, "theme", [.. themes.Select(t => t.Priority)]);
        var loudest = themes.OrderByDescending(t => t.NegativeMentions).ThenBy(t => t.Priority.Value, StringComparer.Ordinal)
            .Select((t, i) => (t.Priority.Value, Rank: i + 1)).ToDictionary(x => x.Value, x => x.Rank);
        foreach (var (item, theme) in json["priorities"]!.AsArray().Zip(themes))
        {
            item!["negative_mentions"] = theme.NegativeMentions;
            item["rank_by_negative_mentions"] = loudest[theme.Priority.Value];
        }

        return json;
    }
}
