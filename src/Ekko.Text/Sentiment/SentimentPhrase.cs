namespace Ekko.Text.Sentiment;

/// <summary>
/// A phrase that carried sentiment, with the modifiers that changed it ("inte bra", "jättesnabb leverans").
/// <see cref="Start"/> and <see cref="Length"/> are UTF-16 offsets into the analysed text, for highlighting.
/// <see cref="Valence"/> is on VADER's scale (about -4..4) after negation, intensifiers and contrast.
/// </summary>
public sealed record SentimentPhrase(int Start, int Length, string Text, double Valence);
