using System.Text.Json;
using Ekko.Core.Data;
using Ekko.Core.Formats;
using Ekko.Text;

namespace Ekko.Core.Features.TextInsights;

/// <param name="Owner">Who works: unique per running instance, so a lease tells instances apart.</param>
/// <param name="MaxComments">At most this many comments per call, so one call stays short and a busy workspace cannot starve the others for long.</param>
public sealed record AnalyzeCommentsCommand(string Owner, int MaxComments = 2000, int BatchSize = 500);

/// <param name="MoreWaiting">The budget ran out before the work did: call again at once.</param>
/// <param name="Failures">Workspaces whose work failed this time, with the reason; the others went on.</param>
public sealed record AnalyzeCommentsResult(int Analyzed, int Reanalyzed, bool MoreWaiting, IReadOnlyList<(Guid WorkspaceId, Exception Error)> Failures);

/// <summary>
/// The text pipeline's work: analyses the comments of responses and the mentions (social and forum posts) stored since the last call, then a part of the
/// re-analysis a taxonomy change asked for, and stores the results (<see cref="CommentAnalysis"/>).
/// <para>
/// Durable and safe with several instances on one database: progress is a watermark on the response change
/// numbers per workspace (<see cref="TextPipeline"/>), read from the database every time, so a restart loses
/// nothing. An instance leases a workspace's row before working on it, and each batch is written in one
/// transaction together with the watermark, on the condition that this instance still holds the lease, the
/// watermark is where it started and the taxonomy is the one it used; otherwise the batch is thrown away and
/// nothing is written twice. Change numbers are handed out in commit order (<see cref="ChangeFeed"/>), so once
/// the workspace counter reads N, no response numbered N or lower can still appear.
/// </para>
/// </summary>
public sealed class AnalyzeComments(IDbContextFactory<EkkoDbContext> dbFactory, TextAnalyzers analyzers, TimeProvider clock, WriteGate writeGate)
{
    /// <summary>Long enough for many batches (one takes well under a second); an instance that dies blocks its workspaces this long.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    public async Task<AnalyzeCommentsResult> HandleAsync(AnalyzeCommentsCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        using (await writeGate.EnterAsync(cancellationToken))
        {
            await TextPipelineRows.EnsureAsync(db, cancellationToken);
        }

        var now = clock.GetUtcNow();
        var waiting = await (from p in db.TextPipelines
                             join w in db.Workspaces on p.WorkspaceId equals w.Id
                             where (w.ChangeSeq > p.AnalyzedSeq || p.ReanalysisSeq < p.ReanalysisTarget)
                                   && (p.LeaseUntil == null || p.LeaseUntil < now || p.LeaseOwner == command.Owner)
                             orderby p.WorkspaceId
                             select p.WorkspaceId).ToListAsync(cancellationToken);

        var tally = new Tally(Math.Max(1, command.MaxComments));
        foreach (var workspaceId in waiting)
        {
            if (tally.Left <= 0)
            {
                tally.More = true;
                break;
            }

            var claimed = await db.TextPipelines
                .Where(p => p.WorkspaceId == workspaceId && (p.LeaseUntil == null || p.LeaseUntil < now || p.LeaseOwner == command.Owner))
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.LeaseOwner, command.Owner).SetProperty(p => p.LeaseUntil, now + Lease), cancellationToken);
            if (claimed == 0)
            {
                continue; // another instance took it between the two statements
            }

            try
            {
                await WorkAsync(db, workspaceId, command, tally, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One workspace's trouble (a response erased while its batch was analysed, a taxonomy that no longer
                // parses) must not hold up the others; its watermark has not moved, so it is retried next round.
                tally.Failures.Add((workspaceId, e));
                db.ChangeTracker.Clear();
            }
            finally
            {
                await db.TextPipelines.Where(p => p.WorkspaceId == workspaceId && p.LeaseOwner == command.Owner)
                    .ExecuteUpdateAsync(s => s.SetProperty(p => p.LeaseOwner, (string?)null).SetProperty(p => p.LeaseUntil, (DateTimeOffset?)null), CancellationToken.None);
            }
        }

        return new AnalyzeCommentsResult(tally.Analyzed, tally.Reanalyzed, tally.More, tally.Failures);
    }

    private sealed class Tally(int budget)
    {
        public int Analyzed { get; set; }
        public int Reanalyzed { get; set; }
        public bool More { get; set; }
        public List<(Guid WorkspaceId, Exception Error)> Failures { get; } = [];
        public int Left => budget - Analyzed - Reanalyzed;
    }

    /// <summary>A comment or a mention waiting for analysis; <see cref="At"/> is the response's or the post's time.</summary>
    private sealed record Pending(Guid Id, bool IsMention, long Seq, DateTimeOffset At, string? Language, string Text);

    private sealed record Analyzed(
        List<CommentAnalysis> Analyses, List<CommentTheme> Themes, List<MentionAnalysis> MentionAnalyses, List<MentionTheme> MentionThemes,
        List<Guid> ResponseIds, List<Guid> MentionIds)
    {
        public int Count => ResponseIds.Count + MentionIds.Count;
    }

    private async Task WorkAsync(EkkoDbContext db, Guid workspaceId, AnalyzeCommentsCommand command, Tally tally, CancellationToken cancellationToken)
    {
        var state = await db.TextPipelines.AsNoTracking().SingleAsync(p => p.WorkspaceId == workspaceId, cancellationToken);
        var workspace = await db.Workspaces.Where(w => w.Id == workspaceId).Select(w => new { w.DefaultLanguage, w.Languages }).SingleAsync(cancellationToken);
        var analyzer = analyzers.For(workspaceId, state.TaxonomyVersion, state.Taxonomy, workspace.Languages);
        var defaultLanguage = workspace.DefaultLanguage;
        var latest = await ChangeFeed.CurrentAsync(db, workspaceId, cancellationToken);

        // New comments first: they are what people are waiting for; history can be redone after.
        var after = state.AnalyzedSeq;
        while (after < latest && tally.Left > 0)
        {
            var (batch, upTo) = await NextBatchAsync(db, workspaceId, after, latest, Math.Min(command.BatchSize, tally.Left), cancellationToken);
            var analyzed = Analyze(analyzer, workspaceId, state.TaxonomyVersion, batch, defaultLanguage);
            if (!await StoreAsync(db, workspaceId, command.Owner, state.TaxonomyVersion, analyzed, after, upTo, reanalysis: false, cancellationToken))
            {
                tally.More = true; // lost the lease or the taxonomy changed: the next round starts over from the database
                return;
            }

            tally.Analyzed += batch.Count;
            after = upTo;
        }

        if (after < latest)
        {
            tally.More = true;
            return;
        }

        var redone = state.ReanalysisSeq;
        if (redone < state.ReanalysisTarget && state.ReanalysisTotal is null)
        {
            var total = await Commented(db, workspaceId, redone, state.ReanalysisTarget).CountAsync(cancellationToken)
                + await Mentioned(db, workspaceId, redone, state.ReanalysisTarget).CountAsync(cancellationToken);
            await db.TextPipelines.Where(p => p.WorkspaceId == workspaceId && p.TaxonomyVersion == state.TaxonomyVersion)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.ReanalysisTotal, total), cancellationToken);
        }

        while (redone < state.ReanalysisTarget && tally.Left > 0)
        {
            var (batch, upTo) = await NextBatchAsync(db, workspaceId, redone, state.ReanalysisTarget, Math.Min(command.BatchSize, tally.Left), cancellationToken);
            var analyzed = Analyze(analyzer, workspaceId, state.TaxonomyVersion, batch, defaultLanguage);
            if (!await StoreAsync(db, workspaceId, command.Owner, state.TaxonomyVersion, analyzed, redone, upTo, reanalysis: true, cancellationToken))
            {
                tally.More = true;
                return;
            }

            tally.Reanalyzed += batch.Count;
            redone = upTo;
        }

        if (redone < state.ReanalysisTarget)
        {
            tally.More = true;
        }
    }

    private static IQueryable<Responses.Response> Commented(EkkoDbContext db, Guid workspaceId, long after, long upTo) =>
        db.Responses.AsNoTracking().Where(r => r.WorkspaceId == workspaceId && r.Seq > after && r.Seq <= upTo && r.Comment != null && r.Comment != "");

    private static IQueryable<Mentions.Mention> Mentioned(EkkoDbContext db, Guid workspaceId, long after, long upTo) =>
        db.Mentions.AsNoTracking().Where(m => m.WorkspaceId == workspaceId && m.Seq > after && m.Seq <= upTo);

    /// <summary>
    /// The next comments and mentions numbered (after, limit], at most about <paramref name="take"/>, and the number the
    /// watermark may move to once they are stored. Responses and mentions take their numbers from the same workspace
    /// counter, so one watermark covers both: the batch is the first <paramref name="take"/> of the two merged by number.
    /// A batch ends between two numbers, never inside one: responses stored before change numbers existed all carry 0,
    /// and a watermark inside them would skip the rest.
    /// </summary>
    private static async Task<(List<Pending> Batch, long UpTo)> NextBatchAsync(
        EkkoDbContext db, Guid workspaceId, long after, long limit, int take, CancellationToken cancellationToken)
    {
        var comments = await Select(Commented(db, workspaceId, after, limit).OrderBy(r => r.Seq).Take(take)).ToListAsync(cancellationToken);
        var mentions = await Select(Mentioned(db, workspaceId, after, limit).OrderBy(m => m.Seq).Take(take)).ToListAsync(cancellationToken);
        var merged = comments.Concat(mentions).OrderBy(p => p.Seq).ToList();
        if (comments.Count < take && mentions.Count < take && merged.Count <= take)
        {
            return (merged, limit);
        }

        var batch = merged.Take(take).ToList();
        var last = batch[^1].Seq;
        if (batch[0].Seq != last)
        {
            return ([.. batch.Where(b => b.Seq < last)], last - 1);
        }

        return ([.. await Select(Commented(db, workspaceId, last - 1, last)).ToListAsync(cancellationToken),
            .. await Select(Mentioned(db, workspaceId, last - 1, last)).ToListAsync(cancellationToken)], last);
    }

    private static IQueryable<Pending> Select(IQueryable<Responses.Response> responses) =>
        responses.Select(r => new Pending(r.Id, false, r.Seq, r.SubmittedAt, r.Language, r.Comment!));

    private static IQueryable<Pending> Select(IQueryable<Mentions.Mention> mentions) =>
        mentions.Select(m => new Pending(m.Id, true, m.Seq, m.PublishedAt, m.Language, m.Text));

    private Analyzed Analyze(TextAnalyzer analyzer, Guid workspaceId, int version, List<Pending> batch, string defaultLanguage)
    {
        var now = clock.GetUtcNow();
        var result = new Analyzed([], [], [], [], [.. batch.Where(b => !b.IsMention).Select(b => b.Id)], [.. batch.Where(b => b.IsMention).Select(b => b.Id)]);
        foreach (var item in batch)
        {
            TextAnalysis analysis;
            try
            {
                analysis = analyzer.Analyze(item.Text, item.Language ?? defaultLanguage);
            }
            catch (ArgumentException)
            {
                continue; // longer than the analyzer reads (the text columns are far shorter): left without analysis
            }

            var phrases = JsonSerializer.Serialize(analysis.Sentiment.Phrases.Select(p => p with { Valence = Math.Round(p.Valence, 3) }), EkkoJson.Options);
            var keyphrases = JsonSerializer.Serialize(analysis.Keyphrases, EkkoJson.Options);
            var score = Math.Round(analysis.Sentiment.Score, 4);
            if (item.IsMention)
            {
                result.MentionAnalyses.Add(new MentionAnalysis
                {
                    MentionId = item.Id, WorkspaceId = workspaceId, PublishedAt = item.At, Language = analysis.Language, Sentiment = analysis.Sentiment.Label,
                    Score = score, Phrases = phrases, Keyphrases = keyphrases, TaxonomyVersion = version, AnalyzedAt = now,
                });
                result.MentionThemes.AddRange(analysis.Themes.Select(t => new MentionTheme
                {
                    MentionId = item.Id, ThemeId = t.ThemeId, WorkspaceId = workspaceId, PublishedAt = item.At, Sentiment = t.Sentiment.Label, Score = Math.Round(t.Sentiment.Score, 4),
                }));
                continue;
            }

            result.Analyses.Add(new CommentAnalysis
            {
                ResponseId = item.Id, WorkspaceId = workspaceId, SubmittedAt = item.At, Language = analysis.Language, Sentiment = analysis.Sentiment.Label,
                Score = score, Phrases = phrases, Keyphrases = keyphrases, TaxonomyVersion = version, AnalyzedAt = now,
            });
            result.Themes.AddRange(analysis.Themes.Select(t => new CommentTheme
            {
                ResponseId = item.Id, ThemeId = t.ThemeId, WorkspaceId = workspaceId, SubmittedAt = item.At, Sentiment = t.Sentiment.Label, Score = Math.Round(t.Sentiment.Score, 4),
            }));
        }

        return result;
    }

    /// <summary>Writes a batch and moves the watermark from <paramref name="from"/> to <paramref name="upTo"/>, or writes nothing and says false.</summary>
    private async Task<bool> StoreAsync(
        EkkoDbContext db, Guid workspaceId, string owner, int version, Analyzed batch,
        long from, long upTo, bool reanalysis, CancellationToken cancellationToken)
    {
        var leaseUntil = clock.GetUtcNow() + Lease;
        using var gate = await writeGate.EnterAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // First, so that on PostgreSQL this transaction holds the row lock: a taxonomy change waits for it and then
        // asks for these analyses to be redone, or it went first and this update finds another version and stops.
        var mine = db.TextPipelines.Where(p => p.WorkspaceId == workspaceId && p.LeaseOwner == owner && p.TaxonomyVersion == version);
        var moved = reanalysis
            ? await mine.Where(p => p.ReanalysisSeq == from).ExecuteUpdateAsync(s => s
                .SetProperty(p => p.ReanalysisSeq, upTo).SetProperty(p => p.ReanalysisDone, p => p.ReanalysisDone + batch.Count).SetProperty(p => p.LeaseUntil, leaseUntil), cancellationToken)
            : await mine.Where(p => p.AnalyzedSeq == from).ExecuteUpdateAsync(s => s
                .SetProperty(p => p.AnalyzedSeq, upTo).SetProperty(p => p.LeaseUntil, leaseUntil), cancellationToken);
        if (moved == 0)
        {
            return false;
        }

        // New comments have no analysis yet: the watermark moved past them in the same transaction as their analyses.
        if (reanalysis && batch.ResponseIds.Count > 0)
        {
            await db.CommentThemes.Where(t => batch.ResponseIds.Contains(t.ResponseId)).ExecuteDeleteAsync(cancellationToken);
            await db.CommentAnalyses.Where(a => batch.ResponseIds.Contains(a.ResponseId)).ExecuteDeleteAsync(cancellationToken);
        }

        if (reanalysis && batch.MentionIds.Count > 0)
        {
            await db.MentionThemes.Where(t => batch.MentionIds.Contains(t.MentionId)).ExecuteDeleteAsync(cancellationToken);
            await db.MentionAnalyses.Where(a => batch.MentionIds.Contains(a.MentionId)).ExecuteDeleteAsync(cancellationToken);
        }

        await BulkInsert.InsertAllAsync(db, batch.Analyses, cancellationToken);
        await BulkInsert.InsertAllAsync(db, batch.Themes, cancellationToken);
        await BulkInsert.InsertAllAsync(db, batch.MentionAnalyses, cancellationToken);
        await BulkInsert.InsertAllAsync(db, batch.MentionThemes, cancellationToken);
        if (!reanalysis)
        {
            // Case rules on sentiment and themes see the analysis in its own transaction: the watermark moves past these
            // comments with it, so no comment is judged twice. A re-analysis (new taxonomy) opens no cases for old comments.
            await Cases.RuleCases.OpenForAnalysesAsync(db, workspaceId, batch.Analyses, batch.Themes, clock.GetUtcNow(), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
