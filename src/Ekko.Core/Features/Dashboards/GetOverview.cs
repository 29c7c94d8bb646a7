using Ekko.Analytics;
using Ekko.Analytics.Columnar;
using Ekko.Analytics.Insights;
using Ekko.Core.Data;
using Ekko.Core.Features.Cases;
using Ekko.Core.Features.Journeys;
using Ekko.Core.Features.Metrics;
using Ekko.Core.Features.TextInsights;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Dashboards;

/// <summary>The overview dashboard for a period, every part filtered the same way (dimension to value).</summary>
public sealed record OverviewQuery(Guid WorkspaceId, DateOnly From, DateOnly To, IReadOnlyDictionary<string, IReadOnlyCollection<string>> Filters);

/// <param name="Headline">Each metric over the whole period, with the change against the period before.</param>
/// <param name="Trend">Each metric per week (or month for periods over half a year).</param>
/// <param name="Heatmap">Touchpoints in journey order, each with its own metric per column period.</param>
/// <param name="Priorities">Touchpoints ranked by measured impact on NPS.</param>
/// <param name="Themes">The most frequent themes of the period's comments, with their sentiment.</param>
/// <param name="OverdueCases">Open cases whose SLA is breached, oldest first; <see cref="OverdueCount"/> counts them all.</param>
public sealed record Overview(
    IReadOnlyDictionary<Metric, MetricGroup?> Headline,
    TimeGrain TrendGrain,
    IReadOnlyDictionary<Metric, IReadOnlyList<MetricGroup>> Trend,
    TimeGrain HeatmapGrain,
    IReadOnlyList<DateOnly> HeatmapPeriods,
    IReadOnlyList<HeatmapRow> Heatmap,
    IReadOnlyList<Priority> Priorities,
    IReadOnlyList<ThemeSummaryRow> Themes,
    int ThemeComments,
    IReadOnlyList<CaseView> OverdueCases,
    string? FilterError)
{
    /// <summary>Open alerts about the period, strongest first within a period (the alert list's JSON).</summary>
    public IReadOnlyList<System.Text.Json.Nodes.JsonObject> OpenAlerts { get; init; } = [];
}

/// <summary>One touchpoint of the heatmap: its stage, its metric, and the value per column period (null: no answers).</summary>
public sealed record HeatmapRow(string Stage, string Touchpoint, string Name, Metric Metric, IReadOnlyList<MetricGroup?> Cells);

/// <summary>
/// Everything the overview dashboard shows, from the in-memory metric index (milliseconds at millions of answers),
/// the theme summary and the case inbox. One use case so the page stays a view and the numbers are testable.
/// </summary>
public sealed class GetOverview(
    QueryMetrics metrics, ResponseIndexes indexes, SummarizeThemes themes, ListCases cases, ListJourneys journeys, ListTouchpoints touchpoints, Alerts.ListAlerts alerts)
{
    public async Task<Overview> HandleAsync(OverviewQuery query, CancellationToken cancellationToken)
    {
        var index = await indexes.CurrentAsync(query.WorkspaceId, cancellationToken);
        query = query with { Filters = ResponseDimensions.ResolveSegment(index, query.Filters) };
        var headline = new Dictionary<Metric, MetricGroup?>();
        var trend = new Dictionary<Metric, IReadOnlyList<MetricGroup>>();
        var grain = query.To.DayNumber - query.From.DayNumber >= 183 ? TimeGrain.Month : TimeGrain.Week;
        string? filterError = null;
        foreach (var metric in Enum.GetValues<Metric>())
        {
            var whole = await metrics.HandleAsync(new MetricsQuery(query.WorkspaceId, metric, query.From, query.To, [], query.Filters), cancellationToken);
            if (whole.Status != CommandStatus.Ok)
            {
                filterError = string.Join("; ", whole.Errors.Select(e => $"{e.Field}: {e.Message}"));
                break;
            }

            headline[metric] = whole.Value!.Groups.Count > 0 ? whole.Value!.Groups[0] : null;
            var byTime = await metrics.HandleAsync(new MetricsQuery(query.WorkspaceId, metric, query.From, query.To, [grain.ToString().ToLowerInvariant()], query.Filters), cancellationToken);
            trend[metric] = byTime.Value?.Groups ?? [];
        }

        if (filterError is not null)
        {
            return new Overview(headline, grain, trend, TimeGrain.Month, [], [], [], [], 0, [], filterError);
        }

        var heatmapGrain = query.To.DayNumber - query.From.DayNumber >= 62 ? TimeGrain.Month : TimeGrain.Week;
        var (periods, heatmap) = await HeatmapAsync(query, heatmapGrain, cancellationToken);
        var order = await TouchpointOrderAsync(query.WorkspaceId, cancellationToken);
        var priorities = Analytics.Insights.Priorities.Rank(index, new PriorityQuery(Metric.Nps, new Period(query.From, query.To), ResponseDimensions.Touchpoint) { Filters = StageAsTouchpoints(query.Filters, order) });
        var summary = await themes.HandleAsync(new SummarizeThemesQuery(query.WorkspaceId, query.From, query.To), cancellationToken);
        var overdue = await cases.HandleAsync(new ListCasesQuery(query.WorkspaceId, [], Sla: "breached", Limit: 5), cancellationToken);
        var open = await alerts.HandleAsync(new Alerts.ListAlertsQuery(query.WorkspaceId, Alerts.AlertStatus.Open, query.From, query.To, Limit: 5), cancellationToken);
        return new Overview(headline, grain, trend, heatmapGrain, periods, heatmap, [.. priorities.Take(5)],
            [.. (summary?.Themes ?? []).OrderByDescending(t => t.Count).Take(6)], summary?.Comments ?? 0, overdue.Items, null)
        {
            OpenAlerts = [.. open.OfType<System.Text.Json.Nodes.JsonObject>()],
        };
    }

    private async Task<(IReadOnlyList<DateOnly>, IReadOnlyList<HeatmapRow>)> HeatmapAsync(OverviewQuery query, TimeGrain heatmapGrain, CancellationToken cancellationToken)
    {
        var grain = heatmapGrain.ToString().ToLowerInvariant();
        var cells = new Dictionary<(Metric, string), Dictionary<DateOnly, MetricGroup>>();
        var volume = new Dictionary<(Metric, string), long>();
        var periods = new SortedSet<DateOnly>();
        foreach (var metric in Enum.GetValues<Metric>())
        {
            var answer = await metrics.HandleAsync(new MetricsQuery(query.WorkspaceId, metric, query.From, query.To, [ResponseDimensions.Touchpoint, grain], query.Filters), cancellationToken);
            foreach (var group in answer.Value?.Groups ?? [])
            {
                if (group.Key[0] is not { } touchpoint || group.Period is not { } period)
                {
                    continue;
                }

                periods.Add(period);
                var key = (metric, touchpoint);
                (cells.TryGetValue(key, out var row) ? row : cells[key] = [])[period] = group;
                volume[key] = volume.GetValueOrDefault(key) + group.Estimate.N;
            }
        }

        // Each touchpoint shows the metric it is measured by most; a touchpoint asked two questions would otherwise take two rows.
        var primary = volume.GroupBy(v => v.Key.Item2).ToDictionary(g => g.Key, g => g.MaxBy(v => v.Value).Key.Item1, StringComparer.Ordinal);
        var names = (await touchpoints.HandleAsync(new ListTouchpointsQuery(query.WorkspaceId), cancellationToken)).ToDictionary(t => t.Key, t => t.Name, StringComparer.Ordinal);
        var order = await TouchpointOrderAsync(query.WorkspaceId, cancellationToken);
        var rows = primary
            .OrderBy(p => order.TryGetValue(p.Key, out var o) ? o.Position : int.MaxValue).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new HeatmapRow(order.TryGetValue(p.Key, out var o) ? o.Stage : "", p.Key, names.GetValueOrDefault(p.Key, p.Key), p.Value,
                [.. periods.Select(d => cells[(p.Value, p.Key)].GetValueOrDefault(d))]))
            .ToList();
        return ([.. periods], rows);
    }

    /// <summary>Touchpoint to (stage, position) in the workspace's first journey: the heatmap reads left to right like the journey.</summary>
    private async Task<Dictionary<string, (string Stage, int Position)>> TouchpointOrderAsync(Guid workspaceId, CancellationToken cancellationToken)
    {
        var order = new Dictionary<string, (string, int)>(StringComparer.Ordinal);
        var all = await journeys.HandleAsync(new ListJourneysQuery(workspaceId), cancellationToken);
        var journey = all.Count > 0 ? all[0] : null;
        var position = 0;
        foreach (var stage in journey?.Stages ?? [])
        {
            foreach (var touchpoint in stage.Touchpoints)
            {
                order.TryAdd(touchpoint.Key, (stage.Name, position++));
            }
        }

        return order;
    }

    /// <summary>Priorities work on the index's own dimensions: a stage filter becomes the touchpoints of that stage.</summary>
    private static Dictionary<string, IReadOnlyCollection<string>> StageAsTouchpoints(
        IReadOnlyDictionary<string, IReadOnlyCollection<string>> filters, Dictionary<string, (string Stage, int Position)> order)
    {
        var result = filters.Where(f => f.Key != QueryMetrics.Stage).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        if (filters.TryGetValue(QueryMetrics.Stage, out var stages))
        {
            var inStages = order.Where(o => stages.Contains(o.Value.Stage)).Select(o => o.Key);
            result[ResponseDimensions.Touchpoint] = result.TryGetValue(ResponseDimensions.Touchpoint, out var chosen) ? [.. inStages.Intersect(chosen)] : [.. inStages];
        }

        return result;
    }
}
