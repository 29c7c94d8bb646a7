using Ekko.Analytics;
using Ekko.Analytics.Insights;
using Ekko.Core.Data;
using Ekko.Text.Sentiment;

namespace Ekko.Core.Features.Insights;

public sealed record RankThemePrioritiesQuery(Guid WorkspaceId, Metric Metric, Period Period);

/// <summary>
/// Ranks the themes of the period's comments by measured impact on the metric (<see cref="ThemePriorities"/>).
/// A comment has several themes, which the one-value-per-dimension response index cannot hold, so this reads
/// the period's scored responses and their comments' themes from the database (CommentThemes carries the
/// response's time, so both reads are range scans of the period).
/// </summary>
public sealed class RankThemePriorities(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async Task<IReadOnlyList<ThemePriority>> HandleAsync(RankThemePrioritiesQuery query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var from = new DateTimeOffset(query.Period.From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var to = new DateTimeOffset(query.Period.To.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var scores = await db.Responses.AsNoTracking()
            .Where(r => r.WorkspaceId == query.WorkspaceId && r.Metric == query.Metric && r.Score != null && r.SubmittedAt >= from && r.SubmittedAt < to)
            .Select(r => new { r.Id, Score = r.Score!.Value })
            .ToListAsync(cancellationToken);
        var themes = (await db.CommentThemes.AsNoTracking()
            .Where(t => t.WorkspaceId == query.WorkspaceId && t.SubmittedAt >= from && t.SubmittedAt < to)
            .Select(t => new { t.ResponseId, t.ThemeId, t.Sentiment })
            .ToListAsync(cancellationToken))
            .ToLookup(t => t.ResponseId);
        return ThemePriorities.Rank(query.Metric, scores.Select(r => new ThemedAnswer(
            r.Score,
            [.. themes[r.Id].Select(t => t.ThemeId)],
            [.. themes[r.Id].Where(t => t.Sentiment == SentimentLabel.Negative).Select(t => t.ThemeId)])));
    }
}
