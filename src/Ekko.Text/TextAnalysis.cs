using Ekko.Text.Sentiment;
using Ekko.Text.Themes;

namespace Ekko.Text;

/// <summary>
/// What Ekko reads in one comment. Offsets in <see cref="Sentiment"/>'s phrases refer to <see cref="Text"/>, which is
/// the redacted text when redaction was asked for and the original otherwise.
/// </summary>
public sealed record TextAnalysis(
    string Language,
    SentimentResult Sentiment,
    IReadOnlyList<ThemeMatch> Themes,
    IReadOnlyList<string> Keyphrases,
    string Text,
    bool Redacted);
