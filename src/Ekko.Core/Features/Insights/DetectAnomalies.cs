using Ekko.Analytics;
using Ekko.Analytics.Columnar;
using Ekko.Analytics.Insights;
using Ekko.Analytics.Metrics;
using Ekko.Core.Features.Metrics;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Insights;

/// <summary>Unusual days or weeks of a measure from <see cref="From"/> to <see cref="To"/>, per value of <see cref="By"/> (or overall).</summary>
public sealed record DetectAnomaliesQuery(Guid WorkspaceId, Measure Measure, DateOnly From, DateOnly To, string? By, TimeGrain Grain, double Threshold);

/// <summary>An alert: which series, the unusual period, and the root-cause analysis of it against the weeks before.</summary>
public sealed record AnomalyAlert(string? Key, Anomaly Anomaly, RootCauseReport Explanation);

/// <summary>
/// Watches the daily (or weekly) series of a measure per touchpoint, segment or any dimension with
/// <see cref="AnomalyDetector"/>, and explains each alert with <see cref="RootCause"/> against the four weeks
/// before it. At most <see cref="MaxAlerts"/> alerts, the strongest first, so a bad day never floods anyone.
/// </summary>
public sealed class DetectAnomalies(ResponseIndexes indexes)
{
    public const int MaxAlerts = 50;

    public async Task<CommandResult<IReadOnlyList<AnomalyAlert>>> HandleAsync(DetectAnomaliesQuery query, CancellationToken cancellationToken)
    {
        var index = await indexes.CurrentAsync(query.WorkspaceId, cancellationToken);
        var known = ResponseDimensions.KnownIn(index);
        if (query.By is { } by && !known.Contains(by))
        {
            return CommandResult<IReadOnlyList<AnomalyAlert>>.Invalid([new FieldError("by", $"unknown dimension '{by}'; this workspace has: {string.Join(", ", known)}")]);
        }

        var daily = query.Grain == TimeGrain.Day;
        var options = new AnomalyOptions
        {
            Threshold = query.Threshold,
            History = daily ? 56 : 12,
            MinimumHistory = daily ? 21 : 6,
            Season = daily && query.Measure == Measure.Volume ? 7 : 1,
        };
        var historyStart = daily ? query.From.AddDays(-options.History) : query.From.AddDays(-7 * options.History);
        var alerts = new List<(string? Key, Anomaly Anomaly)>();
        foreach (var (key, series) in Series(index, query, historyStart))
        {
            alerts.AddRange(AnomalyDetector.Detect(series, options, scaleWithN: query.Measure != Measure.Volume, judgeFrom: query.From)
                .Select(a => (key, a)));
        }

        return CommandResult<IReadOnlyList<AnomalyAlert>>.Ok([.. alerts
            .OrderByDescending(a => Math.Abs(a.Anomaly.Score))
            .Take(MaxAlerts)
            .Select(a => new AnomalyAlert(a.Key, a.Anomaly, Explain(index, query, a.Key, a.Anomaly)))]);
    }

    /// <summary>One series per value of the dimension: the measure per period with its number of answers.</summary>
    private static List<(string? Key, List<SeriesPoint> Points)> Series(ResponseIndex index, DetectAnomaliesQuery query, DateOnly historyStart)
    {
        var metrics = query.Measure.MetricOf() is { } metric ? [metric] : Enum.GetValues<Metric>();
        var points = new Dictionary<(string? Key, DateOnly Period), (double Value, long N)>();
        foreach (var m in metrics)
        {
            var cells = index.Query(new MetricQuery(m, historyStart, query.To) { GroupBy = query.By is { } by ? [by] : [], Grain = query.Grain });
            foreach (var cell in cells)
            {
                var key = (query.By is null ? null : cell.Key[0], cell.Period!.Value);
                var value = query.Measure == Measure.Volume ? cell.Current.N : cell.Current.Estimate().Value ?? 0;
                points[key] = points.TryGetValue(key, out var sum) ? (sum.Value + value, sum.N + cell.Current.N) : (value, cell.Current.N);
            }
        }

        // A period without answers is a zero for volume (an outage is news), and simply unknown for a score.
        if (query.Measure == Measure.Volume)
        {
            foreach (var key in points.Keys.Select(k => k.Key).Distinct().ToList())
            {
                for (var period = query.Grain.StartOf(historyStart); period <= query.To; period = query.Grain.Next(period))
                {
                    points.TryAdd((key, period), (0, 0));
                }
            }
        }

        // Answers without a value of the dimension form no series of their own.
        return [.. points.GroupBy(p => p.Key.Key).Where(g => query.By is null || g.Key is not null)
            .Select(g => (g.Key, g.Select(p => new SeriesPoint(p.Key.Period, p.Value.Value, p.Value.N)).OrderBy(p => p.Period).ToList()))];
    }

    private static RootCauseReport Explain(ResponseIndex index, DetectAnomaliesQuery query, string? key, Anomaly anomaly)
    {
        var length = query.Grain == TimeGrain.Day ? anomaly.Days : 7 * anomaly.Days;
        var current = new Period(anomaly.Period, anomaly.Period.AddDays(length - 1));
        var baseline = new Period(anomaly.Period.AddDays(-28), anomaly.Period.AddDays(-1));
        var filters = key is null || query.By is null
            ? new Dictionary<string, IReadOnlyCollection<string>>()
            : new Dictionary<string, IReadOnlyCollection<string>> { [query.By] = [key] };
        return RootCause.Explain(index, new RootCauseQuery(query.Measure, baseline, current) { Filters = filters });
    }
}
