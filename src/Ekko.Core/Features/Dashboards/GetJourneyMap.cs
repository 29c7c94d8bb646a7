using Ekko.Analytics;
using Ekko.Analytics.Columnar;
using Ekko.Analytics.Journeys;
using Ekko.Core.Data;
using Ekko.Core.Features.Journeys;
using Ekko.Core.Features.Metrics;
using Ekko.Core.Formats;
using Ekko.Text.Sentiment;

namespace Ekko.Core.Features.Dashboards;

/// <summary>A journey (or the workspace's only one) over a period; metric filters apply to the scores, channel and language to comments too.</summary>
public sealed record JourneyMapQuery(Guid WorkspaceId, string? Journey, DateOnly From, DateOnly To, IReadOnlyDictionary<string, IReadOnlyCollection<string>> Filters);

public sealed record JourneyMap(
    string Key, string Name, IReadOnlyList<JourneyMapStage> Stages, IReadOnlyList<JourneyMapFlow> Flows, int Events, bool EventsCapped,
    IReadOnlyList<string> OtherJourneys);

public sealed record JourneyMapStage(string Name, IReadOnlyList<TouchpointCard> Touchpoints);

/// <param name="Score">The touchpoint's own metric (the one most of its answers give), or null without answers.</param>
/// <param name="Friction">Why the touchpoint stands out, or null: significantly below the workspace, or significantly worse than the period before.</param>
public sealed record TouchpointCard(
    string Key, string Name, int Position, Metric? Metric, MetricGroup? Score, long Answers, int Comments, int Positive, int Negative,
    IReadOnlyList<(string Theme, int Count)> Themes, string? Friction);

public sealed record JourneyMapFlow(string From, string To, int Customers, int Steps, TimeSpan MedianWait, TimeSpan P90Wait, bool Backward);

/// <summary>
/// The journey map: stages left to right, each touchpoint with its volume, score, comment sentiment and main themes,
/// friction marked by the statistics (not by colour alone), and the customers' flow between touchpoints from events.
/// </summary>
public sealed class GetJourneyMap(QueryMetrics metrics, IDbContextFactory<EkkoDbContext> dbFactory, ResponseIndexes indexes)
{
    /// <summary>Events read for the flow at most; a larger period is cut (newest kept) and says so.</summary>
    public const int MaxEvents = 500_000;

    public async Task<CommandResult<JourneyMap>> HandleAsync(JourneyMapQuery query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var journeys = await JourneyMaps.LoadAsync(db, query.WorkspaceId, query.Journey, cancellationToken);
        var all = await db.Journeys.Where(j => j.WorkspaceId == query.WorkspaceId).Select(j => j.Key).OrderBy(k => k).ToListAsync(cancellationToken);
        if (journeys.Count == 0)
        {
            return CommandResult<JourneyMap>.NotFound();
        }

        var journey = journeys[0];
        var order = journey.Stages.SelectMany(s => s.Touchpoints).Select(t => t.Key).Distinct().Select((k, i) => (k, i)).ToDictionary(p => p.k, p => p.i, StringComparer.Ordinal);
        var index = await indexes.CurrentAsync(query.WorkspaceId, cancellationToken);
        var filters = ResponseDimensions.ResolveSegment(index, query.Filters);

        // Per metric: each touchpoint's value, and the whole workspace's to compare with.
        var byTouchpoint = new Dictionary<(Metric, string), MetricGroup>();
        var overall = new Dictionary<Metric, MetricGroup>();
        foreach (var metric in Enum.GetValues<Metric>())
        {
            var grouped = await metrics.HandleAsync(new MetricsQuery(query.WorkspaceId, metric, query.From, query.To, [ResponseDimensions.Touchpoint], filters), cancellationToken);
            if (grouped.Status != CommandStatus.Ok)
            {
                return CommandResult<JourneyMap>.Invalid(grouped.Errors);
            }

            foreach (var group in grouped.Value!.Groups.Where(g => g.Key[0] is not null))
            {
                byTouchpoint[(metric, group.Key[0]!)] = group;
            }

            var whole = await metrics.HandleAsync(new MetricsQuery(query.WorkspaceId, metric, query.From, query.To, [], filters), cancellationToken);
            if (whole.Value?.Groups is [var one, ..])
            {
                overall[metric] = one;
            }
        }

        var (sentiment, themes) = await CommentsAsync(db, query, cancellationToken);
        var stages = journey.Stages.Select(stage => new JourneyMapStage(stage.Name, [.. stage.Touchpoints.Select(t =>
        {
            var measured = byTouchpoint.Where(b => b.Key.Item2 == t.Key).OrderByDescending(b => b.Value.Estimate.N).Select(b => (Metric?)b.Key.Item1).FirstOrDefault();
            var score = measured is { } m ? byTouchpoint[(m, t.Key)] : null;
            var tone = sentiment.GetValueOrDefault(t.Key);
            return new TouchpointCard(t.Key, t.Name, order[t.Key], measured, score, score?.Estimate.N ?? 0,
                tone.Positive + tone.Negative + tone.Other, tone.Positive, tone.Negative,
                [.. themes.Where(x => x.Touchpoint == t.Key).OrderByDescending(x => x.Count).Take(3).Select(x => (x.Theme, x.Count))],
                measured is { } metric ? Friction(score!, overall.GetValueOrDefault(metric)) : null);
        })])).ToList();

        var (flows, events, capped) = await FlowsAsync(db, query, order, cancellationToken);
        var keys = order.ToDictionary(o => o.Value, o => o.Key);
        return CommandResult<JourneyMap>.Ok(new JourneyMap(journey.Key, journey.Name, stages,
            [.. flows.Select(f => new JourneyMapFlow(keys[f.From], keys[f.To], f.Customers, f.Steps, f.MedianWait, f.P90Wait, f.Backward))],
            events, capped, [.. all.Where(k => k != journey.Key)]));
    }

    /// <summary>Friction when the interval lies below the workspace's value, or the change against the previous period is a significant fall.</summary>
    public static string? Friction(MetricGroup score, MetricGroup? overall)
    {
        if (score.LowN)
        {
            return null;
        }

        if (overall?.Estimate.Value is { } everyone && score.Estimate.Ci95 is { } ci && ci.High < everyone)
        {
            return "below";
        }

        return score.Significant && score.Change.Value < 0 ? "falling" : null;
    }

    private static async Task<(Dictionary<string, (int Positive, int Negative, int Other)>, List<(string Touchpoint, string Theme, int Count)>)> CommentsAsync(
        EkkoDbContext db, JourneyMapQuery query, CancellationToken cancellationToken)
    {
        var start = new DateTimeOffset(query.From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var end = new DateTimeOffset(query.To.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var responses = db.Responses.Where(r => r.WorkspaceId == query.WorkspaceId && r.SubmittedAt >= start && r.SubmittedAt < end && r.TouchpointId != null);
        if (query.Filters.TryGetValue(ResponseDimensions.Channel, out var channels))
        {
            responses = responses.Where(r => r.Channel != null && channels.Contains(r.Channel));
        }

        if (query.Filters.TryGetValue(ResponseDimensions.Language, out var languages))
        {
            responses = responses.Where(r => r.Language != null && languages.Contains(r.Language));
        }

        var touchpoints = db.Touchpoints.Where(t => t.WorkspaceId == query.WorkspaceId);
        var tones = await (from r in responses
                           join a in db.CommentAnalyses on r.Id equals a.ResponseId
                           join t in touchpoints on r.TouchpointId equals t.Id
                           group a by new { t.Key, a.Sentiment } into g
                           select new { g.Key.Key, g.Key.Sentiment, Count = g.Count() }).ToListAsync(cancellationToken);
        var sentiment = tones.GroupBy(t => t.Key).ToDictionary(g => g.Key, g => (
            g.Where(x => x.Sentiment == SentimentLabel.Positive).Sum(x => x.Count),
            g.Where(x => x.Sentiment == SentimentLabel.Negative).Sum(x => x.Count),
            g.Where(x => x.Sentiment is not SentimentLabel.Positive and not SentimentLabel.Negative).Sum(x => x.Count)), StringComparer.Ordinal);
        var themes = await (from r in responses
                            join c in db.CommentThemes on r.Id equals c.ResponseId
                            join t in touchpoints on r.TouchpointId equals t.Id
                            group c by new { t.Key, c.ThemeId } into g
                            select new { g.Key.Key, g.Key.ThemeId, Count = g.Count() }).ToListAsync(cancellationToken);
        return (sentiment, [.. themes.Select(t => (t.Key, t.ThemeId, t.Count))]);
    }

    private static async Task<(IReadOnlyList<TouchpointFlow>, int, bool)> FlowsAsync(
        EkkoDbContext db, JourneyMapQuery query, Dictionary<string, int> order, CancellationToken cancellationToken)
    {
        var start = new DateTimeOffset(query.From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var end = new DateTimeOffset(query.To.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var keys = order.Keys.ToList();
        var ids = await db.Touchpoints.Where(t => t.WorkspaceId == query.WorkspaceId && keys.Contains(t.Key)).Select(t => new { t.Id, t.Key }).ToListAsync(cancellationToken);
        var position = ids.ToDictionary(t => t.Id, t => order[t.Key]);
        var touchpointIds = position.Keys.ToList();
        var rows = await db.Interactions.AsNoTracking()
            .Where(i => i.WorkspaceId == query.WorkspaceId && i.OccurredAt >= start && i.OccurredAt < end && i.CustomerId != null && i.TouchpointId != null && touchpointIds.Contains(i.TouchpointId.Value))
            .OrderByDescending(i => i.OccurredAt)
            .Select(i => new { i.CustomerId, i.TouchpointId, i.OccurredAt })
            .Take(MaxEvents + 1)
            .ToListAsync(cancellationToken);
        var capped = rows.Count > MaxEvents;
        var customers = new Dictionary<Guid, int>();
        var visits = rows.Take(MaxEvents).Select(r => new TouchpointVisit(
            customers.TryGetValue(r.CustomerId!.Value, out var c) ? c : customers[r.CustomerId.Value] = customers.Count,
            position[r.TouchpointId!.Value], r.OccurredAt));
        var flows = TouchpointFlows.Compute([.. visits]);
        return (flows, Math.Min(rows.Count, MaxEvents), capped);
    }
}
