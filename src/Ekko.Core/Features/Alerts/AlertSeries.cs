using Ekko.Analytics;
using Ekko.Analytics.Columnar;
using Ekko.Analytics.Insights;
using Ekko.Analytics.Metrics;
using Ekko.Core.Data;
using Ekko.Core.Features.Metrics;
using Ekko.Text.Sentiment;

namespace Ekko.Core.Features.Alerts;

/// <summary>A watched series: a measure in a scope, at a grain.</summary>
internal sealed record SeriesId(AlertGrain Grain, string Measure, AlertScope Scope, string? Dimension, string? Value)
{
    public string Key => $"{(Grain == AlertGrain.Day ? "day" : "week")}|{Measure}|{Names(Scope)}|{Dimension}|{Value}";

    public TimeGrain TimeGrain => Grain == AlertGrain.Day ? TimeGrain.Day : TimeGrain.Week;

    /// <summary>The analysis' filter for the scope (a theme is no dimension of the answers: its analysis is built for it).</summary>
    public Dictionary<string, IReadOnlyCollection<string>> Filters => Scope is AlertScope.Touchpoint or AlertScope.Segment && Dimension is { } d && Value is { } v
        ? new() { [d] = [v] }
        : [];

    private static string Names(AlertScope scope) => Cases.Names.Of(scope);
}

/// <summary>The series of a workspace for one judged period: from the metrics index and from the stored comment analyses.</summary>
internal static class AlertSeries
{
    public const string ThemeShare = "theme_share";
    public const string ThemeNegativeShare = "theme_negative_share";

    /// <summary>How many periods of history the detector learns from: eight weeks of days, twelve weeks.</summary>
    public static int History(AlertGrain grain) => grain == AlertGrain.Day ? 56 : 12;

    public static DateOnly HistoryStart(AlertGrain grain, DateOnly period) =>
        grain == AlertGrain.Day ? period.AddDays(-History(grain)) : period.AddDays(-7 * History(grain));

    public static DateOnly End(AlertGrain grain, DateOnly period) => grain == AlertGrain.Day ? period : period.AddDays(6);

    public static AnomalyOptions Options(AlertGrain grain, string measure, AlertOptions options) => new()
    {
        Threshold = options.Threshold,
        History = History(grain),
        MinimumHistory = grain == AlertGrain.Day ? 21 : 6,
        Season = grain == AlertGrain.Day && measure == "volume" ? 7 : 1,
        MinimumN = measure is ThemeShare or ThemeNegativeShare ? options.MinimumComments : measure == "volume" ? 1 : options.MinimumAnswers,
        Percentages = measure is ThemeShare or ThemeNegativeShare,
    };

    /// <summary>Every measure per scope that the index has answers for: whole workspace, per touchpoint, per segment value.</summary>
    public static IEnumerable<(SeriesId Id, List<SeriesPoint> Points)> FromIndex(ResponseIndex index, AlertGrain grain, DateOnly period, AlertOptions options)
    {
        var known = ResponseDimensions.KnownIn(index);
        var scopes = new List<(AlertScope Scope, string? Dimension)> { (AlertScope.Workspace, null), (AlertScope.Touchpoint, ResponseDimensions.Touchpoint) };
        scopes.AddRange(options.Segments.Where(s => known.Contains(s) && !ResponseDimensions.BuiltIn.Contains(s)).Distinct().Select(s => (AlertScope.Segment, (string?)s)));
        var from = HistoryStart(grain, period);
        var to = End(grain, period);
        var timeGrain = grain == AlertGrain.Day ? TimeGrain.Day : TimeGrain.Week;
        foreach (var (scope, dimension) in scopes)
        {
            var volume = new Dictionary<(string? Key, DateOnly Period), long>();
            foreach (var metric in Enum.GetValues<Metric>())
            {
                var points = new Dictionary<string, List<SeriesPoint>>(StringComparer.Ordinal);
                foreach (var cell in index.Query(new MetricQuery(metric, from, to) { GroupBy = dimension is null ? [] : [dimension], Grain = timeGrain }))
                {
                    var key = dimension is null ? null : cell.Key[0];
                    if (dimension is not null && key is null)
                    {
                        continue; // answers without a value of the dimension form no series of their own
                    }

                    var slot = (key, cell.Period!.Value);
                    volume[slot] = volume.GetValueOrDefault(slot) + cell.Current.N;
                    if (cell.Current.N > 0 && cell.Current.Estimate().Value is { } value)
                    {
                        (points.TryGetValue(key ?? "", out var list) ? list : points[key ?? ""] = []).Add(new SeriesPoint(cell.Period!.Value, value, cell.Current.N));
                    }
                }

                foreach (var (key, list) in points.Where(p => p.Value.Any(x => x.Period == period)))
                {
                    yield return (new SeriesId(grain, Cases.Names.Of(metric), scope, dimension, dimension is null ? null : key), list);
                }
            }

            // A period without answers is a zero for volume (an outage is news).
            foreach (var key in volume.Keys.Select(k => k.Key).Distinct())
            {
                var list = new List<SeriesPoint>();
                for (var p = timeGrain.StartOf(from); p <= period; p = timeGrain.Next(p))
                {
                    var n = volume.GetValueOrDefault((key, p));
                    list.Add(new SeriesPoint(p, n, n));
                }

                yield return (new SeriesId(grain, "volume", scope, dimension, key), list);
            }
        }
    }

    /// <summary>
    /// Per theme, the share of analysed comments that have it, and the share negative about it (the sentiment of
    /// the comment's part about the theme), in percent of the period's analysed comments.
    /// </summary>
    public static async Task<List<(SeriesId Id, List<SeriesPoint> Points)>> FromCommentsAsync(
        EkkoDbContext db, Guid workspaceId, AlertGrain grain, DateOnly period, CancellationToken cancellationToken)
    {
        var from = new DateTimeOffset(HistoryStart(grain, period).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var to = new DateTimeOffset(End(grain, period).AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var timeGrain = grain == AlertGrain.Day ? TimeGrain.Day : TimeGrain.Week;
        DateOnly Slot(DateTimeOffset t) => timeGrain.StartOf(DateOnly.FromDateTime(t.UtcDateTime));

        var comments = (await db.CommentAnalyses.AsNoTracking().Where(a => a.WorkspaceId == workspaceId && a.SubmittedAt >= from && a.SubmittedAt < to)
            .Select(a => a.SubmittedAt).ToListAsync(cancellationToken)).GroupBy(Slot).ToDictionary(g => g.Key, g => g.Count());
        if (!comments.ContainsKey(period))
        {
            return [];
        }

        var themes = await db.CommentThemes.AsNoTracking().Where(t => t.WorkspaceId == workspaceId && t.SubmittedAt >= from && t.SubmittedAt < to)
            .Select(t => new { t.ThemeId, t.SubmittedAt, t.Sentiment }).ToListAsync(cancellationToken);
        var series = new List<(SeriesId, List<SeriesPoint>)>();
        foreach (var theme in themes.GroupBy(t => t.ThemeId).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var all = theme.GroupBy(t => Slot(t.SubmittedAt)).ToDictionary(g => g.Key, g => (All: g.Count(), Negative: g.Count(t => t.Sentiment == SentimentLabel.Negative)));
            List<SeriesPoint> Points(bool negative) => [.. comments.OrderBy(c => c.Key).Select(c =>
            {
                var counts = all.GetValueOrDefault(c.Key);
                return new SeriesPoint(c.Key, 100.0 * (negative ? counts.Negative : counts.All) / c.Value, c.Value);
            })];
            series.Add((new SeriesId(grain, ThemeShare, AlertScope.Theme, "theme", theme.Key), Points(negative: false)));
            series.Add((new SeriesId(grain, ThemeNegativeShare, AlertScope.Theme, "theme", theme.Key), Points(negative: true)));
        }

        return series;
    }
}
