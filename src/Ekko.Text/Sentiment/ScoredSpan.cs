namespace Ekko.Text.Sentiment;

/// <summary>
/// One sentiment-bearing word, phrase or emoji of a comment: the tokens it covers (with its modifiers), its valence
/// after negation, boosters and caps (<see cref="Valence"/>), and after the contrast weighting (<see cref="Weighted"/>).
/// </summary>
public readonly record struct ScoredSpan(int FirstToken, int LastToken, int Head, double Valence, double Weighted);
