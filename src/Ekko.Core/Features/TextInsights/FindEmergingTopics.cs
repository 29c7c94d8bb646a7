using Ekko.Core.Data;
using Ekko.Text.Redaction;
using Ekko.Text.Topics;

namespace Ekko.Core.Features.TextInsights;

public enum EmergingPeriod
{
    Day,
    Week,
}

/// <summary>The period is the UTC day <see cref="Date"/>, or the seven days ending with it; <see cref="Source"/> says whether survey comments (the default) or mentions are read.</summary>
public sealed record FindEmergingTopicsQuery(Guid WorkspaceId, EmergingPeriod Period, DateOnly Date, TextSource Source = TextSource.Comments);

public sealed record EmergingTopics(
    EmergingPeriod Period, DateOnly From, DateOnly To, DateOnly BaselineFrom, DateOnly BaselineTo, int Comments, int BaselineComments,
    IReadOnlyList<EmergingTheme> Themes, IReadOnlyList<EmergingTopic> Topics, TextSource Source = TextSource.Comments);

/// <param name="QValue">Benjamini-Hochberg adjusted p-value across the workspace's themes.</param>
/// <param name="Examples">Ids of responses (or mentions) of the period that mention the theme (for significant rises).</param>
public sealed record EmergingTheme(
    string Id, string Name, int Mentions, int BaselineMentions, double Share, double BaselineShare, double Z, double PValue, double QValue, bool Significant,
    IReadOnlyList<string> Examples);

/// <param name="Keyphrases">The words that characterise the cluster, most frequent first; promote them into a theme with PromoteTopic.</param>
/// <param name="Examples">Ids of responses (or mentions) in the cluster.</param>
public sealed record EmergingTopic(string Language, IReadOnlyList<string> Keyphrases, int Comments, IReadOnlyList<string> Examples);

/// <summary>
/// What is new in a period: per theme, a burst test of its share of comments against the trailing baseline (28 days
/// before a day, 8 weeks before a week) with false discovery control across themes; and topics discovered (GSDMM)
/// among the period's comments that no theme matched, each labelled with keyphrases and a few example responses.
/// </summary>
public sealed class FindEmergingTopics(IDbContextFactory<EkkoDbContext> dbFactory, TextAnalyzers analyzers, WriteGate writeGate)
{
    public const int MaxClusteredComments = 5000;
    public const int MinTopicSize = 3;
    private const int ExampleCount = 5;

    public async Task<EmergingTopics?> HandleAsync(FindEmergingTopicsQuery query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var pipeline = await TaxonomyStore.LoadAsync(db, writeGate, query.WorkspaceId, cancellationToken);
        if (pipeline is null)
        {
            return null;
        }

        var days = query.Period == EmergingPeriod.Day ? 1 : 7;
        var from = query.Date.AddDays(1 - days);
        var baselineTo = from.AddDays(-1);
        var baselineFrom = from.AddDays(query.Period == EmergingPeriod.Day ? -28 : -56);
        var (start, end) = SummarizeThemes.Period(from, query.Date);
        var (baselineStart, _) = SummarizeThemes.Period(baselineFrom, baselineTo);
        var workspaceId = query.WorkspaceId;

        var mentionSource = query.Source == TextSource.Mentions;
        int comments, baselineComments;
        List<(string ThemeId, bool Current, int Count)> mentions;
        if (mentionSource)
        {
            var analyses = db.MentionAnalyses.Where(a => a.WorkspaceId == workspaceId);
            comments = await analyses.CountAsync(a => a.PublishedAt >= start && a.PublishedAt < end, cancellationToken);
            baselineComments = await analyses.CountAsync(a => a.PublishedAt >= baselineStart && a.PublishedAt < start, cancellationToken);
            mentions = [.. (await db.MentionThemes
                .Where(t => t.WorkspaceId == workspaceId && t.PublishedAt >= baselineStart && t.PublishedAt < end)
                .GroupBy(t => new { t.ThemeId, Current = t.PublishedAt >= start })
                .Select(g => new { g.Key.ThemeId, g.Key.Current, Count = g.Count() })
                .ToListAsync(cancellationToken)).Select(m => (m.ThemeId, m.Current, m.Count))];
        }
        else
        {
            var analyses = db.CommentAnalyses.Where(a => a.WorkspaceId == workspaceId);
            comments = await analyses.CountAsync(a => a.SubmittedAt >= start && a.SubmittedAt < end, cancellationToken);
            baselineComments = await analyses.CountAsync(a => a.SubmittedAt >= baselineStart && a.SubmittedAt < start, cancellationToken);
            mentions = [.. (await db.CommentThemes
                .Where(t => t.WorkspaceId == workspaceId && t.SubmittedAt >= baselineStart && t.SubmittedAt < end)
                .GroupBy(t => new { t.ThemeId, Current = t.SubmittedAt >= start })
                .Select(g => new { g.Key.ThemeId, g.Key.Current, Count = g.Count() })
                .ToListAsync(cancellationToken)).Select(m => (m.ThemeId, m.Current, m.Count))];
        }

        var taxonomy = analyzers.Taxonomy(pipeline);
        var themes = new List<EmergingTheme>();
        if (comments > 0 && baselineComments > 0)
        {
            int Count(string id, bool current) => mentions.Where(m => m.ThemeId == id && m.Current == current).Sum(m => m.Count);
            var bursts = BurstTest.Run([.. taxonomy.Themes.Select(t => new ThemeCounts(t.Id, Count(t.Id, true), comments, Count(t.Id, false), baselineComments))]);
            foreach (var (burst, theme) in bursts.Zip(taxonomy.Themes))
            {
                IReadOnlyList<string> examples = [];
                if (burst.Significant)
                {
                    examples = mentionSource
                        ? await (from t in db.MentionThemes
                                 join m in db.Mentions on t.MentionId equals m.Id
                                 where t.WorkspaceId == workspaceId && t.ThemeId == theme.Id && t.PublishedAt >= start && t.PublishedAt < end
                                 orderby t.PublishedAt descending
                                 select m.ExternalId).Take(ExampleCount).ToListAsync(cancellationToken)
                        : await (from t in db.CommentThemes
                                 join r in db.Responses on t.ResponseId equals r.Id
                                 where t.WorkspaceId == workspaceId && t.ThemeId == theme.Id && t.SubmittedAt >= start && t.SubmittedAt < end
                                 orderby t.SubmittedAt descending
                                 select r.ExternalId).Take(ExampleCount).ToListAsync(cancellationToken);
                }

                themes.Add(new EmergingTheme(theme.Id, theme.Name, Count(theme.Id, true), Count(theme.Id, false), Math.Round(burst.CurrentShare, 4),
                    Math.Round(burst.BaselineShare, 4), burst.Z, burst.PValue, burst.QValue, burst.Significant, examples));
            }

            themes = [.. themes.OrderBy(t => t.QValue).ThenByDescending(t => t.Z)];
        }

        var redact = await db.Workspaces.Where(w => w.Id == workspaceId).Select(w => w.RedactPii).SingleAsync(cancellationToken);
        var unmatched = mentionSource
            ? await (from a in db.MentionAnalyses
                     join m in db.Mentions on a.MentionId equals m.Id
                     where a.WorkspaceId == workspaceId && a.PublishedAt >= start && a.PublishedAt < end && !db.MentionThemes.Any(t => t.MentionId == a.MentionId)
                     orderby a.PublishedAt descending
                     select new Unmatched(m.ExternalId, a.Language, m.Text)).Take(MaxClusteredComments).ToListAsync(cancellationToken)
            : await (from a in db.CommentAnalyses
                     join r in db.Responses on a.ResponseId equals r.Id
                     where a.WorkspaceId == workspaceId && a.SubmittedAt >= start && a.SubmittedAt < end && !db.CommentThemes.Any(t => t.ResponseId == a.ResponseId)
                     orderby a.SubmittedAt descending
                     select new Unmatched(r.ExternalId, a.Language, r.Comment)).Take(MaxClusteredComments).ToListAsync(cancellationToken);
        var topics = new List<EmergingTopic>();
        foreach (var language in unmatched.GroupBy(u => u.Language).Where(g => g.Count() >= MinTopicSize).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var members = language.ToList();
            var texts = members.Select(m => redact ? PiiRedactor.Redact(m.Comment ?? "", language.Key) : m.Comment ?? "").ToList();
            foreach (var topic in GsdmmClustering.Discover(texts, language.Key, minComments: MinTopicSize))
            {
                topics.Add(new EmergingTopic(language.Key, topic.Label, topic.CommentIndexes.Count,
                    [.. topic.CommentIndexes.Take(ExampleCount).Select(i => members[i].ExternalId)]));
            }
        }

        return new EmergingTopics(query.Period, from, query.Date, baselineFrom, baselineTo, comments, baselineComments, themes,
            [.. topics.OrderByDescending(t => t.Comments).ThenBy(t => t.Language, StringComparer.Ordinal)], query.Source);
    }

    private sealed record Unmatched(string ExternalId, string Language, string? Comment);
}
