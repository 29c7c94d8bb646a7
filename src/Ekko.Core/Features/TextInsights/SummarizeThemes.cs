using Ekko.Core.Data;
using Ekko.Text.Sentiment;

namespace Ekko.Core.Features.TextInsights;

/// <summary>UTC days <see cref="From"/>..<see cref="To"/>, both included (a mention's day is its publication day);
/// <see cref="Source"/> says whether survey comments (the default) or mentions are counted.</summary>
public sealed record SummarizeThemesQuery(Guid WorkspaceId, DateOnly From, DateOnly To, TextSource Source = TextSource.Comments);

/// <param name="Comments">Analysed comments (or mentions, with <see cref="TextSource.Mentions"/>) in the period: the denominator of every share.</param>
public sealed record ThemeSummary(DateOnly From, DateOnly To, int Comments, IReadOnlyList<ThemeSummaryRow> Themes, TextSource Source = TextSource.Comments);

/// <param name="Count">Comments that mention the theme.</param>
/// <param name="Share">Count / all analysed comments in the period (0..1).</param>
/// <param name="AverageSentiment">Mean of the theme's own sentiment score (-1..1) over the comments that mention it; null without any.</param>
public sealed record ThemeSummaryRow(string Id, string Name, int Count, double Share, double? AverageSentiment, int Positive, int Negative, int Neutral, int Mixed, bool LowN);

/// <summary>
/// Each theme of the workspace's taxonomy in a period: how many comments mention it, their share, and the theme's
/// average sentiment with the count per label. Themes of the taxonomy that nobody mentioned are listed with 0.
/// During a re-analysis some comments still carry the themes of the previous taxonomy.
/// </summary>
public sealed class SummarizeThemes(IDbContextFactory<EkkoDbContext> dbFactory, TextAnalyzers analyzers, WriteGate writeGate)
{
    public const int MinimumN = 30;

    public async Task<ThemeSummary?> HandleAsync(SummarizeThemesQuery query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var pipeline = await TaxonomyStore.LoadAsync(db, writeGate, query.WorkspaceId, cancellationToken);
        if (pipeline is null)
        {
            return null;
        }

        var (start, end) = Period(query.From, query.To);
        int comments;
        List<ThemeCount> counts;
        if (query.Source == TextSource.Mentions)
        {
            comments = await db.MentionAnalyses.CountAsync(a => a.WorkspaceId == query.WorkspaceId && a.PublishedAt >= start && a.PublishedAt < end, cancellationToken);
            counts = await db.MentionThemes
                .Where(t => t.WorkspaceId == query.WorkspaceId && t.PublishedAt >= start && t.PublishedAt < end)
                .GroupBy(t => new { t.ThemeId, t.Sentiment })
                .Select(g => new ThemeCount(g.Key.ThemeId, g.Key.Sentiment, g.Count(), g.Sum(t => t.Score)))
                .ToListAsync(cancellationToken);
        }
        else
        {
            comments = await db.CommentAnalyses.CountAsync(a => a.WorkspaceId == query.WorkspaceId && a.SubmittedAt >= start && a.SubmittedAt < end, cancellationToken);
            counts = await db.CommentThemes
                .Where(t => t.WorkspaceId == query.WorkspaceId && t.SubmittedAt >= start && t.SubmittedAt < end)
                .GroupBy(t => new { t.ThemeId, t.Sentiment })
                .Select(g => new ThemeCount(g.Key.ThemeId, g.Key.Sentiment, g.Count(), g.Sum(t => t.Score)))
                .ToListAsync(cancellationToken);
        }

        var taxonomy = analyzers.Taxonomy(pipeline);
        var rows = taxonomy.Themes.Select(theme =>
        {
            var mine = counts.Where(c => c.ThemeId == theme.Id).ToList();
            var count = mine.Sum(c => c.Count);
            int Of(SentimentLabel label) => mine.Where(c => c.Sentiment == label).Sum(c => c.Count);
            return new ThemeSummaryRow(
                theme.Id, theme.Name, count, comments == 0 ? 0 : Math.Round((double)count / comments, 4),
                count == 0 ? null : Math.Round(mine.Sum(c => c.Sum) / count, 4),
                Of(SentimentLabel.Positive), Of(SentimentLabel.Negative), Of(SentimentLabel.Neutral), Of(SentimentLabel.Mixed), count < MinimumN);
        }).OrderByDescending(r => r.Count).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
        return new ThemeSummary(query.From, query.To, comments, rows, query.Source);
    }

    private sealed record ThemeCount(string ThemeId, SentimentLabel Sentiment, int Count, double Sum);

    internal static (DateTimeOffset Start, DateTimeOffset End) Period(DateOnly from, DateOnly to) =>
        (new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
}
