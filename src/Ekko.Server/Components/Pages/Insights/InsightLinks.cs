using Ekko.Analytics.Columnar;
using Ekko.Core.Features.Journeys;
using Ekko.Core.Features.Metrics;
using Ekko.Server.Components.Common;

namespace Ekko.Server.Components.Pages.Insights;

/// <summary>
/// Links from an insight to the answers behind it, in the response explorer's own address conventions
/// (<see cref="ViewFilter"/> and <see cref="ResponseView"/>), and the page's filters as the analyses take them.
/// </summary>
public static class InsightLinks
{
    /// <summary>
    /// The response explorer showing the answers of <paramref name="from"/>..<paramref name="to"/> that match every
    /// condition (an explanation's <c>where</c> and the scope it was analysed in), or null when a condition cannot be
    /// listed by (a customer attribute other than the segment).
    /// </summary>
    public static string? Responses(string workspace, DateOnly from, DateOnly to, string? metric, IEnumerable<KeyValuePair<string, string>> conditions, string? theme = null, bool negative = false)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        string? survey = null;
        foreach (var (name, value) in conditions)
        {
            switch (name)
            {
                case ResponseDimensions.Touchpoint or ResponseDimensions.Channel or ResponseDimensions.Language or QueryMetrics.Stage:
                    values[name] = value;
                    break;
                case "segment" or "customer.segment":
                    values["segment"] = value;
                    break;
                case ResponseDimensions.Survey:
                    survey = value;
                    break;
                case "theme":
                    theme = value;
                    break;
                case var customer when customer.StartsWith(ResponseIndex.CustomerPrefix, StringComparison.Ordinal):
                    return null;
                default:
                    attributes[name] = value;
                    break;
            }
        }

        var filter = new ViewFilter(from, to, values);
        var view = new ResponseView(metric is "nps" or "csat" or "ces" ? metric : null, null, negative ? "negative" : null, theme, survey, null) { Attributes = attributes };
        return $"/w/{workspace}/responses{filter.ToQueryString(view.ToQuery())}";
    }

    /// <summary>
    /// The page's filters as the analyses take them: a journey stage becomes its touchpoints, and <c>segment</c> the
    /// customer's segment when the answers carry none of their own (as the dashboard reads it).
    /// </summary>
    public static async Task<Dictionary<string, IReadOnlyCollection<string>>> AnalysisFiltersAsync(
        Guid workspaceId, ViewFilter filter, ListJourneys journeys, ListDimensionValues dimensions, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, IReadOnlyCollection<string>>(StringComparer.Ordinal);
        foreach (var (name, value) in filter.Values)
        {
            result[name] = [value];
        }

        if (result.Remove(QueryMetrics.Stage, out var stages))
        {
            var all = await journeys.HandleAsync(new ListJourneysQuery(workspaceId), cancellationToken);
            var inStage = all.SelectMany(j => j.Stages).Where(s => stages.Contains(s.Name)).SelectMany(s => s.Touchpoints).Select(t => t.Key).Distinct().ToList();
            result[ResponseDimensions.Touchpoint] = result.TryGetValue(ResponseDimensions.Touchpoint, out var chosen) ? [.. inStage.Intersect(chosen)] : inStage;
        }

        if (result.Remove("segment", out var segment))
        {
            var known = await dimensions.HandleAsync(new ListDimensionValuesQuery(workspaceId, ["segment", "customer.segment"], filter.From.AddYears(-2), filter.To), cancellationToken);
            result[known.ContainsKey("segment") || !known.ContainsKey("customer.segment") ? "segment" : "customer.segment"] = segment;
        }

        return result;
    }
}
