using Ekko.Text.Sentiment;
using Ekko.Text.Tokens;

namespace Ekko.Text.Keyphrases;

/// <summary>
/// Short phrases that say what a comment is about: each sentiment-bearing span with its modifiers, widened by one
/// content word on each side within its clause ("en vecka för sent", "inte bra service"), and the words that matched
/// a theme with their neighbours. Ranked by strength; at most <see cref="MaxPhrases"/>.
/// </summary>
public static class KeyphraseExtractor
{
    public const int MaxPhrases = 3;
    private const int MaxWords = 5;

    public static IReadOnlyList<string> Extract(TokenizedText text, IReadOnlyList<ScoredSpan> spans, IEnumerable<int> themePositions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(spans);
        ArgumentNullException.ThrowIfNull(themePositions);
        var stopwords = Stopwords.For(text.Language);
        var candidates = new List<(int First, int Last, double Weight)>();
        foreach (var span in spans)
        {
            candidates.Add(Widen(text, span.FirstToken, span.LastToken, Math.Abs(span.Weighted) + 1, stopwords));
        }

        foreach (var position in themePositions)
        {
            if (!candidates.Exists(c => c.First <= position && position <= c.Last))
            {
                candidates.Add(Widen(text, position, position, 0.5, stopwords));
            }
        }

        var result = new List<string>(MaxPhrases);
        foreach (var (first, last, _) in candidates.OrderByDescending(c => c.Weight))
        {
            var start = text.Tokens[first].Start;
            var end = text.Tokens[last].End;
            var phrase = text.Text[start..end].Trim().ToLowerInvariant();
            if (phrase.Length > 1 && !result.Exists(r => r.Contains(phrase, StringComparison.Ordinal) || phrase.Contains(r, StringComparison.Ordinal)))
            {
                result.Add(phrase);
                if (result.Count == MaxPhrases)
                {
                    break;
                }
            }
        }

        return result;
    }

    /// <summary>Extends a span over neighbouring words of its clause while they are content words, then one more to the left if it is a determiner-free quantity ("en vecka").</summary>
    private static (int, int, double) Widen(TokenizedText text, int first, int last, double weight, Stopwords stopwords)
    {
        var tokens = text.Tokens;
        var segment = text.Segments[first];
        var words = last - first + 1;
        while (words < MaxWords && first > 0 && IsContent(tokens[first - 1]) && text.Segments[first - 1] == segment && !stopwords.Contains(tokens[first - 1].Text))
        {
            first--;
            words++;
        }

        while (words < MaxWords && last + 1 < tokens.Count && IsContent(tokens[last + 1]) && text.Segments[last + 1] == text.Segments[last] && !stopwords.Contains(tokens[last + 1].Text))
        {
            last++;
            words++;
        }

        return (first, last, weight);
    }

    private static bool IsContent(Token token) => token.IsWord || token.Kind == TokenKind.Number;
}
