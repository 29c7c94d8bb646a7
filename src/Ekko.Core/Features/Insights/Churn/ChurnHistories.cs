using Ekko.Analytics;
using Ekko.Analytics.Retention;
using Ekko.Core.Data;
using Ekko.Core.Features.Metrics;
using Ekko.Text.Sentiment;

namespace Ekko.Core.Features.Insights.Churn;

/// <summary>Reads every customer's history for the churn model from the database, keyed by the customer's internal id.</summary>
internal static class ChurnHistories
{
    public static async Task<IReadOnlyList<CustomerHistory>> LoadAsync(EkkoDbContext db, Guid workspaceId, ActivityRule rule, CancellationToken cancellationToken)
    {
        var types = rule.Types.ToList();
        var customers = await db.Customers.AsNoTracking().Where(c => c.WorkspaceId == workspaceId)
            .Select(c => new { c.Id, c.CreatedAt }).ToListAsync(cancellationToken);
        var interactions = await db.Interactions.AsNoTracking().Where(i => i.WorkspaceId == workspaceId && i.CustomerId != null)
            .Select(i => new { CustomerId = i.CustomerId!.Value, i.OccurredAt, i.Type }).ToListAsync(cancellationToken);
        var answers = await db.Responses.AsNoTracking().Where(r => r.WorkspaceId == workspaceId && r.CustomerId != null && r.Score != null && r.Metric != null)
            .Select(r => new { CustomerId = r.CustomerId!.Value, r.SubmittedAt, Metric = r.Metric!.Value, Score = r.Score!.Value }).ToListAsync(cancellationToken);
        var themes = await (from t in db.CommentThemes.AsNoTracking()
                            join r in db.Responses on t.ResponseId equals r.Id
                            where t.WorkspaceId == workspaceId && r.WorkspaceId == workspaceId && r.CustomerId != null && t.Sentiment == SentimentLabel.Negative
                            select new { CustomerId = r.CustomerId!.Value, t.SubmittedAt, t.ThemeId }).ToListAsync(cancellationToken);
        var cases = await db.Cases.AsNoTracking().Where(c => c.WorkspaceId == workspaceId && c.CustomerId != null)
            .Select(c => new { CustomerId = c.CustomerId!.Value, c.OpenedAt, c.ResolvedAt, c.ClosedAt }).ToListAsync(cancellationToken);

        var interactionsOf = interactions.ToLookup(i => i.CustomerId);
        var answersOf = answers.ToLookup(a => a.CustomerId);
        var themesOf = themes.ToLookup(t => t.CustomerId);
        var casesOf = cases.ToLookup(c => c.CustomerId);
        return [.. customers.Select(c =>
        {
            var mine = interactionsOf[c.Id].ToList();
            var activity = mine.Where(i => types.Contains(i.Type)).Select(i => Day(i.OccurredAt)).ToList();
            var since = Day(c.CreatedAt);
            if (mine.Count > 0 && Day(mine.Min(i => i.OccurredAt)) < since)
            {
                since = Day(mine.Min(i => i.OccurredAt));
            }

            return new CustomerHistory(
                c.Id.ToString("N"), since, activity.Count > 0 ? new ActivityHistory(activity) : null,
                [.. mine.Select(i => Day(i.OccurredAt))],
                [.. answersOf[c.Id].Select(a => Answer(Day(a.SubmittedAt), a.Metric, a.Score))],
                [.. themesOf[c.Id].Select(t => new ThemeMention(Day(t.SubmittedAt), t.ThemeId))],
                [.. casesOf[c.Id].Select(k => new CaseSpan(Day(k.OpenedAt), (k.ResolvedAt ?? k.ClosedAt) is { } done ? Day(done) : null))]);
        })];
    }

    /// <summary>A score on 0..1 of its scale, and negative as the complaint counts define it (NPS 0-6, CSAT 1-2, CES 1-3).</summary>
    public static ScoredAnswer Answer(DateOnly day, Metric metric, int score) => metric switch
    {
        Metric.Nps => new ScoredAnswer(day, score / 10.0, score <= 6),
        Metric.Csat => new ScoredAnswer(day, (score - 1) / 4.0, score <= 2),
        _ => new ScoredAnswer(day, (score - 1) / 6.0, score <= 3),
    };

    private static DateOnly Day(DateTimeOffset time) => DateOnly.FromDateTime(time.UtcDateTime);
}
