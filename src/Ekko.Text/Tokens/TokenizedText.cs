using Ekko.Text.Languages;
using Ekko.Text.Stemming;

namespace Ekko.Text.Tokens;

/// <summary>
/// A comment split into tokens with each word's stem and the clause (segment) and sentence it belongs to: what
/// sentiment, themes and keyphrases all read. Segments end at punctuation, contrast words and conjunctions, so
/// "bra pris men långsam leverans" has two.
/// </summary>
public sealed class TokenizedText
{
    private TokenizedText(string text, string language, List<Token> tokens, string[] stems, int[] segments, int[] sentences)
    {
        Text = text;
        Language = language;
        Tokens = tokens;
        Stems = stems;
        Segments = segments;
        Sentences = sentences;
    }

    /// <summary>The sanitised text; offsets of tokens refer to it and to the original alike.</summary>
    public string Text { get; }

    public string Language { get; }

    public IReadOnlyList<Token> Tokens { get; }

    public IReadOnlyList<string> Stems { get; }

    public IReadOnlyList<int> Segments { get; }

    public IReadOnlyList<int> Sentences { get; }

    public int WordCount => Tokens.Count(t => t.IsWord);

    public static TokenizedText Create(string sanitizedText, string language, List<Token>? tokens = null)
    {
        tokens ??= Tokenizer.Tokenize(sanitizedText);
        var profile = LanguageProfiles.For(language);
        var stems = new string[tokens.Count];
        var segments = new int[tokens.Count];
        var sentences = new int[tokens.Count];
        var segment = 0;
        var sentence = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            stems[i] = token.IsWord ? SnowballStemmer.Stem(token.Text, language) : token.Text;
            var opensSegment = token.IsWord && (profile.ContrastWords.Contains(token.Text) || profile.ClauseBreakers.Contains(token.Text));
            if (opensSegment)
            {
                segment++;
            }

            segments[i] = segment;
            sentences[i] = sentence;
            if (token.IsBreak)
            {
                segment++;
                if (token.Kind != TokenKind.ClauseBreak)
                {
                    sentence++;
                }
            }
        }

        return new TokenizedText(sanitizedText, language, tokens, stems, segments, sentences);
    }
}
