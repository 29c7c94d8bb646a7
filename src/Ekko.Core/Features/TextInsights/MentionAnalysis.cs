using Ekko.Text.Sentiment;

namespace Ekko.Core.Features.TextInsights;

/// <summary>
/// What Ekko.Text read in a mention (a social or forum post), stored by the text pipeline next to the comment
/// analyses but apart from them, so that survey comments and public posts are counted separately. One row per
/// mention, deleted with it.
/// </summary>
public sealed class MentionAnalysis
{
    public Guid MentionId { get; init; }
    public Guid WorkspaceId { get; init; }

    /// <summary>The mention's publication time, copied for period queries.</summary>
    public DateTimeOffset PublishedAt { get; init; }

    public required string Language { get; init; }
    public SentimentLabel Sentiment { get; init; }
    public double Score { get; init; }
    public string Phrases { get; init; } = "[]";
    public string Keyphrases { get; init; } = "[]";
    public int TaxonomyVersion { get; init; }
    public DateTimeOffset AnalyzedAt { get; init; }

    /// <summary>The same fields as a comment analysis, for the code that shows either (<see cref="AnalysisJson"/>).</summary>
    internal CommentAnalysis AsComment() => new()
    {
        ResponseId = MentionId, WorkspaceId = WorkspaceId, SubmittedAt = PublishedAt, Language = Language, Sentiment = Sentiment, Score = Score,
        Phrases = Phrases, Keyphrases = Keyphrases, TaxonomyVersion = TaxonomyVersion, AnalyzedAt = AnalyzedAt,
    };
}

/// <summary>A theme found in a mention, with the sentiment of the post's part about it.</summary>
public sealed class MentionTheme
{
    public Guid MentionId { get; init; }
    public required string ThemeId { get; init; }
    public Guid WorkspaceId { get; init; }
    public DateTimeOffset PublishedAt { get; init; }
    public SentimentLabel Sentiment { get; init; }
    public double Score { get; init; }

    internal CommentTheme AsComment() => new() { ResponseId = MentionId, ThemeId = ThemeId, WorkspaceId = WorkspaceId, SubmittedAt = PublishedAt, Sentiment = Sentiment, Score = Score };
}
