namespace Ekko.Text.Sentiment;

/// <summary>A comment's (or a theme's) sentiment: a label, a score in -1..1, and the phrases behind it.</summary>
public sealed record SentimentResult(SentimentLabel Label, double Score, IReadOnlyList<SentimentPhrase> Phrases)
{
    public static SentimentResult Neutral { get; } = new(SentimentLabel.Neutral, 0, []);
}
