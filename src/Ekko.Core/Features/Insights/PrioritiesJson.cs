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
}
