using System.Text.Json.Nodes;
using Ekko.Analytics;
using Ekko.Analytics.Columnar;
using Ekko.Analytics.Insights;
using Ekko.Core.Data;
using Ekko.Core.Features.Insights;
using Ekko.Core.Features.Metrics;
using Ekko.Text.Sentiment;

namespace Ekko.Core.Features.Alerts;

/// <summary>
/// The root cause of an alert's period against the four weeks before it, within the alert's scope: the same
/// analysis as <see cref="ExplainChange"/>, stored with the alert as the root-cause API writes it.
/// </summary>
internal static class AlertExplanations
{
    /// <summary>
    /// Not offered as causes: which survey a comment answered and the language it is written in describe where a
    /// change shows, not why (delivery complaints come from the delivery survey; a Swedish region writes Swedish).
    /// </summary>
    private static readonly HashSet<string> NotCauses = new(StringComparer.Ordinal) { ResponseDimensions.Survey, ResponseDimensions.Language };

    private static List<string> Causes(ResponseIndex index, Dictionary<string, IReadOnlyCollection<string>> filters) =>
        [.. ResponseDimensions.KnownIn(index).Where(d => !NotCauses.Contains(d) && !filters.ContainsKey(d) && !d.StartsWith(ResponseIndex.CustomerPrefix, StringComparison.Ordinal))];

    public static (JsonObject Json, string Summary) Explain(ResponseIndex index, SeriesId series, DateOnly period)
    {
        var measure = RootCauseJson.Measures[series.Measure];
        var (baseline, current) = Periods(series.Grain, period);
        var filters = series.Filters;
        var report = RootCause.Explain(index, new RootCauseQuery(measure, baseline, current, Causes(index, filters)) { Filters = filters });
        return (RootCauseJson.Write(report, current, filters), report.Summary);
    }

    /// <summary>
    /// A theme is not a dimension of the metrics index, so its share is explained over the analysed comments
    /// themselves: each comment is an answer that "scores" when it has the theme (negative about it, for the
    /// negative share), and the root cause finds which touchpoints, channels or attributes moved that share.
    /// </summary>
    public static async Task<(JsonObject Json, string Summary)> ExplainThemeAsync(
        EkkoDbContext db, Guid workspaceId, SeriesId series, DateOnly period, CancellationToken cancellationToken)
    {
        var (baseline, current) = Periods(series.Grain, period);
        var start = new DateTimeOffset(baseline.From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var end = new DateTimeOffset(current.To.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var negative = series.Measure == AlertSeries.ThemeNegativeShare;
        var touchpoints = await db.Touchpoints.AsNoTracking().Where(t => t.WorkspaceId == workspaceId).ToDictionaryAsync(t => t.Id, t => t.Key, cancellationToken);
        var comments = await (from a in db.CommentAnalyses
                              join r in db.Responses on a.ResponseId equals r.Id
                              where a.WorkspaceId == workspaceId && a.SubmittedAt >= start && a.SubmittedAt < end
                              select new { r.Id, r.SubmittedAt, r.TouchpointId, r.Channel, r.Language, r.Survey, r.Attributes }).AsNoTracking().ToListAsync(cancellationToken);
        var theme = series.Value!;
        var matching = (await db.CommentThemes.AsNoTracking()
                .Where(t => t.WorkspaceId == workspaceId && t.ThemeId == theme && t.SubmittedAt >= start && t.SubmittedAt < end && (!negative || t.Sentiment == SentimentLabel.Negative))
                .Select(t => t.ResponseId).ToListAsync(cancellationToken)).ToHashSet();
        using var index = new ResponseIndex();
        index.AddRange(comments.Select(c => ResponseDimensions.ToIndexed(
            Metric.Csat, matching.Contains(c.Id) ? 5 : 1, DateOnly.FromDateTime(c.SubmittedAt.UtcDateTime), null,
            c.TouchpointId is { } tp ? touchpoints.GetValueOrDefault(tp) : null, c.Channel, c.Language, c.Survey, c.Attributes)));
        var report = RootCause.Explain(index, new RootCauseQuery(Measure.Csat, baseline, current, Causes(index, [])));
        var json = RootCauseJson.Write(report, current);
        json["metric"] = series.Measure;
        json["theme"] = theme;
        var subject = $"The share of comments {(negative ? "negative about" : "about")} {theme}";
        var summary = report.Summary
            .Replace("CSAT changed by", $"{subject} changed by", StringComparison.Ordinal)
            .Replace("CSAT is", $"{subject} is", StringComparison.Ordinal)
            .Replace("CSAT points", "percentage points", StringComparison.Ordinal)
            .Replace("whose CSAT went", "whose share went", StringComparison.Ordinal)
            .Replace("(CSAT ", "(share ", StringComparison.Ordinal)
            .Replace("comes from answers with", "comes from comments with", StringComparison.Ordinal);
        json["summary"] = summary;
        return (json, summary);
    }

    /// <summary>The alert's period (a day or a week) and the four weeks before it.</summary>
    public static (Period Baseline, Period Current) Periods(AlertGrain grain, DateOnly period) =>
        (new Period(period.AddDays(-28), period.AddDays(-1)), new Period(period, AlertSeries.End(grain, period)));
}
