using System.Globalization;
using Ekko.Analytics;
using Ekko.Analytics.Insights;
using Ekko.Core.Features.Insights;
using Microsoft.AspNetCore.WebUtilities;

namespace Ekko.Server.Components.Pages.Insights;

/// <summary>
/// What the insights page shows, read from the address on top of the shared <c>ViewFilter</c>, so every tab and
/// every analysis can be shared as a link: <c>?tab=why&amp;metric=nps&amp;current=2026-04-01..2026-04-30&amp;baseline=2026-03-01..2026-03-31</c>.
/// </summary>
public sealed record InsightsAddress(string Tab, string Status, string Metric, Period Current, Period Baseline, string? Survey)
{
    public const string Alerts = "alerts", Why = "why", Priorities = "priorities", Drivers = "drivers", Churn = "churn";

    public static readonly IReadOnlyList<string> Tabs = [Alerts, Why, Priorities, Drivers, Churn];

    /// <summary>Alert statuses offered by the filter; <c>all</c> shows every status.</summary>
    public static readonly IReadOnlyList<string> Statuses = ["open", "acknowledged", "dismissed", "converted", "all"];

    /// <summary>The root cause compares this many days with as many before them unless the address says otherwise.</summary>
    public const int DefaultDays = 28;

    public static InsightsAddress Parse(string uri, DateOnly to)
    {
        var query = QueryHelpers.ParseQuery(new Uri(uri).Query);
        string? Get(string key) => query.TryGetValue(key, out var v) && v.ToString() is { Length: > 0 } s ? s : null;
        var tab = Get("tab") is { } t && Tabs.Contains(t) ? t : Alerts;
        var status = Get("status") is { } s && Statuses.Contains(s) ? s : "open";
        var metric = Get("metric") is { } m && (m is "nps" or "csat" or "ces" || (tab == Why && RootCauseJson.Measures.ContainsKey(m))) ? m : "nps";
        var current = PeriodOf(Get("current")) ?? new Period(to.AddDays(1 - DefaultDays), to);
        var days = current.To.DayNumber - current.From.DayNumber + 1;
        var baseline = PeriodOf(Get("baseline")) ?? new Period(current.From.AddDays(-days), current.From.AddDays(-1));
        return new InsightsAddress(tab, status, metric, current, baseline, Get("survey"));
    }

    public Metric ScoreMetric => Metric switch
    {
        "csat" => Ekko.Analytics.Metric.Csat,
        "ces" => Ekko.Analytics.Metric.Ces,
        _ => Ekko.Analytics.Metric.Nps,
    };

    /// <summary>This page's own parameters for the address; only those the tab uses, so links stay short.</summary>
    public (string Key, string? Value)[] ToQuery() => Tab switch
    {
        Alerts => [("tab", Tab), ("status", Status == "open" ? null : Status)],
        Why => [("tab", Tab), ("metric", Metric), ("current", Text(Current)), ("baseline", Text(Baseline))],
        Priorities => [("tab", Tab), ("metric", Metric == "volume" ? "nps" : Metric)],
        Drivers => [("tab", Tab), ("metric", Metric == "volume" ? "nps" : Metric), ("survey", Survey)],
        _ => [("tab", Tab)],
    };

    public static string Text(Period period) => string.Create(CultureInfo.InvariantCulture, $"{period.From:yyyy-MM-dd}..{period.To:yyyy-MM-dd}");

    private static Period? PeriodOf(string? text)
    {
        var parts = text?.Split("..");
        return parts is { Length: 2 }
            && DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
            && DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to)
            && from <= to && from.Year >= 1900 && to.Year <= 2999
            ? new Period(from, to)
            : null;
    }
}
