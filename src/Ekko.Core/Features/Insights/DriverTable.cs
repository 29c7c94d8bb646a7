using System.Text.Json;
using System.Text.Json.Nodes;
using Ekko.Analytics;
using Ekko.Analytics.Insights;

namespace Ekko.Core.Features.Insights;

/// <summary>
/// Turns responses' other answers into key-driver columns: a number (a rating of delivery, say) is a rating
/// driver, missing ratings taking the driver's mean; a text or yes/no answer gives an indicator per value
/// seen at least 10 times and in at least 1% of the responses (<c>reason=price</c>). At most
/// <see cref="MaxDrivers"/>, the most answered first. The outcome is the response's score. The themes of a
/// response's comment, when given, are indicators too (<c>theme=delivery</c>), under the same minimum.
/// </summary>
public sealed class DriverTable
{
    public const int MaxDrivers = 20;

    private readonly List<(int Score, Dictionary<string, double> Values)> rows = [];

    public int Count => rows.Count;

    public void Add(int score, string? answersJson, IEnumerable<string>? themes = null)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var theme in themes ?? [])
        {
            values[$"theme={theme}"] = 1;
        }

        if (!string.IsNullOrEmpty(answersJson) && answersJson != "{}" && JsonNode.Parse(answersJson) is JsonObject answers)
        {
            foreach (var (key, value) in answers)
            {
                switch (value?.GetValueKind())
                {
                    case JsonValueKind.Number:
                        values[key] = value.GetValue<double>();
                        break;
                    case JsonValueKind.String:
                        values[$"{key}={value.GetValue<string>()}"] = 1;
                        break;
                    case JsonValueKind.True:
                        values[key] = 1;
                        break;
                    case JsonValueKind.False:
                        values[key] = 0;
                        break;
                }
            }
        }

        rows.Add((score, values));
    }

    public JsonObject Analyze(Metric metric, int bootstrap = 200)
    {
        var minimum = Math.Max(10, rows.Count / 100);
        var names = rows.SelectMany(r => r.Values.Keys).GroupBy(k => k).Where(g => g.Count() >= minimum)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(MaxDrivers).Select(g => g.Key).ToList();
        var result = new JsonObject { ["metric"] = metric.ToString().ToLowerInvariant(), ["n"] = rows.Count };
        if (names.Count == 0 || rows.Count < 30)
        {
            result["r_squared"] = null;
            result["drivers"] = new JsonArray();
            result["note"] = "Too few responses or answers to other questions: drivers need at least 30 responses and answers given at least 10 times.";
            return result;
        }

        var ratings = names.Where(n => !n.Contains('=', StringComparison.Ordinal) && rows.Any(r => r.Values.TryGetValue(n, out var v) && v is not (0 or 1))).ToHashSet();
        var columns = names.Select(n =>
        {
            var given = rows.Where(r => r.Values.ContainsKey(n)).Select(r => r.Values[n]).ToList();
            var fill = ratings.Contains(n) ? given.Average() : 0;
            return rows.Select(r => r.Values.TryGetValue(n, out var v) ? v : fill).ToArray();
        }).ToList();
        double[] outcome = [.. rows.Select(r => (double)r.Score)];
        var analysis = KeyDrivers.Analyze(names, columns, outcome, bootstrap);
        var meanImportance = analysis.Drivers.Where(d => ratings.Contains(d.Name)).Select(d => d.Johnson).DefaultIfEmpty().Average();
        var meanPerformance = analysis.Drivers.Where(d => ratings.Contains(d.Name)).Select(d => d.Performance).DefaultIfEmpty().Average();
        result["r_squared"] = Math.Round(analysis.RSquared, 4);
        if (analysis.RSquared < 0.1)
        {
            result["note"] = $"These answers explain only {analysis.RSquared:P0} of the variation in the score: the shares below divide a small whole, so read them as weak signals.";
        }

        result["drivers"] = new JsonArray([.. analysis.Drivers.Select(d =>
        {
            var column = columns[names.IndexOf(d.Name)];
            var json = new JsonObject
            {
                ["driver"] = d.Name,
                ["kind"] = ratings.Contains(d.Name) ? "rating" : "indicator",
                ["importance"] = Math.Round(d.Johnson, 4),
                ["shapley"] = d.Shapley is { } s ? Math.Round(s, 4) : null,
                ["ci95"] = d.Ci95 is { } ci ? new JsonArray(Math.Round(ci.Low, 4), Math.Round(ci.High, 4)) : null,
                ["performance"] = Math.Round(d.Performance, 3),
                ["correlation"] = Math.Round(Correlation(column, outcome), 3),
            };
            if (ratings.Contains(d.Name))
            {
                json["quadrant"] = (d.Johnson >= meanImportance, d.Performance >= meanPerformance) switch
                {
                    (true, false) => "fix_first",
                    (true, true) => "keep_up",
                    (false, false) => "low_priority",
                    _ => "possible_overkill",
                };
            }

            return (JsonNode?)json;
        })]);
        return result;
    }

    private static double Correlation(double[] x, double[] y)
    {
        double mx = x.Average(), my = y.Average(), sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }

        return sxx > 0 && syy > 0 ? sxy / Math.Sqrt(sxx * syy) : 0;
    }
}
