using System.Globalization;
using System.Text.Json.Nodes;
using Ekko.Analytics.Insights;
using Ekko.Analytics.Metrics;
using Ekko.Core.Features.Metrics;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Insights;

/// <summary>The root-cause answer as docs/formats.md writes it, the same in the API and the CLI.</summary>
public static class RootCauseJson
{
    public static readonly IReadOnlyDictionary<string, Measure> Measures = new Dictionary<string, Measure>(StringComparer.Ordinal)
    {
        ["nps"] = Measure.Nps,
        ["csat"] = Measure.Csat,
        ["ces"] = Measure.Ces,
        ["volume"] = Measure.Volume,
    };

    /// <summary>Reads a measure name; <c>negative_share</c> needs comment sentiment, which arrives with text analytics.</summary>
    public static Measure? ParseMeasure(string text, List<FieldError> errors, string field)
    {
        if (Measures.TryGetValue(text, out var measure))
        {
            return measure;
        }

        errors.Add(new FieldError(field, text == "negative_share"
            ? "negative_share needs the sentiment of comments, which Ekko does not compute yet; use nps, csat, ces or volume"
            : $"expected nps, csat, ces or volume, got '{text}'"));
        return null;
    }

    /// <summary>Reads <c>YYYY-MM-DD..YYYY-MM-DD</c> (both days included).</summary>
    public static Period? ParsePeriod(string text, List<FieldError> errors, string field)
    {
        var parts = text.Split("..");
        if (parts.Length == 2
            && DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
            && DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to)
            && from <= to && from >= QueryMetrics.EarliestDay && to <= QueryMetrics.LatestDay)
        {
            return new Period(from, to);
        }

        errors.Add(new FieldError(field, $"expected two days YYYY-MM-DD..YYYY-MM-DD, the first not after the second (1900-2999), got '{text}'"));
        return null;
    }

    /// <param name="current">With the analysed period (the API), each explanation links to its responses:
    /// <c>/api/v1/responses?from=..&amp;to=..&amp;attributes.campaign=spring-sale</c>, plus the analysis' own filters.</param>
    public static JsonObject Write(RootCauseReport report, Period? current = null, IReadOnlyDictionary<string, IReadOnlyCollection<string>>? filters = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var name = Measures.Single(m => m.Value == report.Measure).Key;
        return new JsonObject
        {
            ["metric"] = name,
            ["baseline"] = Side(report.Baseline, withInterval: true),
            ["current"] = Side(report.Current, withInterval: true),
            ["change"] = Round(report.Change),
            ["p_value"] = report.PValue is { } p ? Math.Round(p, 4) : null,
            ["explanations"] = new JsonArray([.. report.Explanations.Select(e =>
            {
                var explanation = new JsonObject
                {
                    ["where"] = new JsonObject([.. e.Where.Select(w => KeyValuePair.Create(w.Key, (JsonNode?)w.Value))]),
                    ["baseline"] = Side(e.Baseline, withInterval: false),
                    ["current"] = Side(e.Current, withInterval: false),
                    ["contribution"] = Math.Round(e.Contribution, 2),
                    ["surprise"] = Math.Round(e.Surprise, 2),
                };
                if (current is { } period && ResponsesLink(report.Measure, period, e.Where, filters) is { } link)
                {
                    explanation["responses"] = link;
                }

                return (JsonNode?)explanation;
            })]),
            ["summary"] = report.Summary,
        };
    }

    /// <summary>The response list filtered to an explanation's answers, or null when a dimension cannot be listed by (customer attributes, stages).</summary>
    private static string? ResponsesLink(Measure measure, Period period, IReadOnlyDictionary<string, string> where, IReadOnlyDictionary<string, IReadOnlyCollection<string>>? filters)
    {
        var parameters = new List<string>
        {
            $"from={period.From:yyyy-MM-dd}",
            $"to={period.To:yyyy-MM-dd}",
        };
        if (measure.MetricOf() is { } metric)
        {
            parameters.Add($"metric={metric.ToString().ToLowerInvariant()}");
        }

        var conditions = where.Select(w => (w.Key, w.Value))
            .Concat((filters ?? new Dictionary<string, IReadOnlyCollection<string>>()).Where(f => f.Value.Count == 1).Select(f => (f.Key, f.Value.First())));
        foreach (var (name, value) in conditions)
        {
            if (name.StartsWith(Analytics.Columnar.ResponseIndex.CustomerPrefix, StringComparison.Ordinal) || name == QueryMetrics.Stage)
            {
                return null;
            }

            var parameter = ResponseDimensions.BuiltIn.Contains(name) ? name : $"attributes.{name}";
            parameters.Add($"{Uri.EscapeDataString(parameter)}={Uri.EscapeDataString(value)}");
        }

        return "/api/v1/responses?" + string.Join("&", parameters);
    }

    private static JsonObject Side(Estimate estimate, bool withInterval)
    {
        var side = new JsonObject { ["value"] = Round(estimate.Value), ["n"] = estimate.N };
        if (withInterval && estimate.Ci95 is { } ci)
        {
            side["ci95"] = new JsonArray(Round(ci.Low), Round(ci.High));
        }

        return side;
    }

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 1, MidpointRounding.AwayFromZero) + 0.0 : null;

    /// <summary>For <see cref="Write"/>'s callers that print JSON.</summary>
    public static string ToText(JsonObject json) => json.ToJsonString(EkkoJson.Options);
}
