using Ekko.Text.Sentiment;

namespace Ekko.Core.Features.TextInsights;

/// <summary>
/// What Ekko.Text read in a response's comment, stored by the text pipeline (<see cref="AnalyzeComments"/>).
/// One row per response with a comment; deleted with the response (erasure). Offsets in <see cref="Phrases"/>
/// refer to the comment as stored, not redacted: redaction is applied when the comment is shown.
/// </summary>
public sealed class CommentAnalysis
{
    public Guid ResponseId { get; init; }
    public Guid WorkspaceId { get; init; }

    /// <summary>The response's time, copied so that period queries need no join (a response's time never changes).</summary>
    public DateTimeOffset SubmittedAt { get; init; }

    public required string Language { get; init; }
    public SentimentLabel Sentiment { get; init; }

    /// <summary>-1..1.</summary>
    public double Score { get; init; }

    /// <summary>The phrases that carried the sentiment as a JSON array of {start, length, text, valence}.</summary>
    public string Phrases { get; init; } = "[]";

    /// <summary>The comment's keyphrases as a JSON array of strings.</summary>
    public string Keyphrases { get; init; } = "[]";

    /// <summary>The version of the workspace's taxonomy the themes were found with.</summary>
    public int TaxonomyVersion { get; init; }

    public DateTimeOffset AnalyzedAt { get; init; }
}

/// <summary>A theme found in a comment, with the sentiment of the comment's part about it. A row each, so filters and counts are plain SQL.</summary>
public sealed class CommentTheme
{
    public Guid ResponseId { get; init; }
    public required string ThemeId { get; init; }
    public Guid WorkspaceId { get; init; }
    public DateTimeOffset SubmittedAt { get; init; }
    public SentimentLabel Sentiment { get; init; }
    public double Score { get; init; }
}
