namespace Ekko.Text.Sentiment;

public enum SentimentLabel
{
    Neutral,
    Positive,
    Negative,

    /// <summary>Clearly positive and clearly negative parts in one comment ("bra pris men långsam leverans").</summary>
    Mixed,
}
