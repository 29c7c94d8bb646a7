using System.Globalization;
using System.Text;

namespace Ekko.Text.Tokens;

/// <summary>
/// Splits sanitised text into words, numbers, emoji, emoticons and the punctuation that matters for sentiment
/// (exclamation and question marks, clause and sentence breaks). Words keep inner apostrophes and hyphens
/// ("don't", "e-post", "hassle-free") and are lower-cased invariantly, which keeps å, ä, ö, æ and ø intact.
/// </summary>
public static class Tokenizer
{
    // Longest first, so ":-)" wins over ":-".
    private static readonly string[] Emoticons =
    [
        ":'-(", ":'(", ":-)", ":-(", ":-d", ":-p", ":-/", ":-|", ":-o", ":)", ":(", ":d", ":p", ":/", ":|", ":o",
        ";-)", ";)", "<3", "xd", "=)", "=(", "(:", "):",
    ];

    public static List<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(Math.Min(text.Length / 4 + 4, 4096));
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (c == '\n')
                {
                    tokens.Add(new Token(i, 1, TokenKind.SentenceBreak, "\n", false));
                }

                i++;
                continue;
            }

            if (IsWordChar(text, i))
            {
                i = ReadWord(text, i, tokens);
                continue;
            }

            if (char.IsDigit(c))
            {
                var start = i;
                while (i < text.Length && (char.IsDigit(text[i]) || ((text[i] is '.' or ',') && i + 1 < text.Length && char.IsDigit(text[i + 1]))))
                {
                    i++;
                }

                tokens.Add(new Token(start, i - start, TokenKind.Number, text[start..i], false));
                continue;
            }

            var emoticon = MatchEmoticon(text, i);
            if (emoticon > 0)
            {
                tokens.Add(new Token(i, emoticon, TokenKind.Emoticon, text.Substring(i, emoticon).ToLowerInvariant(), false));
                i += emoticon;
                continue;
            }

            if (IsEmojiStart(text, i))
            {
                i = ReadEmoji(text, i, tokens);
                continue;
            }

            var kind = c switch
            {
                '!' => TokenKind.Exclamation,
                '?' => TokenKind.Question,
                '.' or '…' => TokenKind.SentenceBreak,
                ',' or ';' or ':' or '(' or ')' or '–' or '—' or '-' or '/' or '"' or '“' or '”' => TokenKind.ClauseBreak,
                _ => (TokenKind?)null,
            };
            if (kind is { } k)
            {
                tokens.Add(new Token(i, 1, k, c.ToString(), false));
            }

            i++;
        }

        return tokens;
    }

    private static bool IsWordChar(string text, int i) =>
        char.IsLetter(text[i]) && !char.IsSurrogate(text[i]);

    private static int ReadWord(string text, int start, List<Token> tokens)
    {
        var i = start;
        var upper = 0;
        var letters = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) && !char.IsSurrogate(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }

                i++;
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                i++;
            }
            else if ((c is '\'' or '’' or '-') && i + 1 < text.Length && char.IsLetter(text[i + 1]) && !char.IsSurrogate(text[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        var word = text[start..i].ToLowerInvariant().Replace('’', '\'');
        tokens.Add(new Token(start, i - start, TokenKind.Word, word, letters >= 2 && upper == letters));
        return i;
    }

    private static int MatchEmoticon(string text, int i)
    {
        // An emoticon stands alone: ":(" in "(see: (a)" must not count, so require a space or the end around it.
        if (i > 0 && !char.IsWhiteSpace(text[i - 1]))
        {
            return 0;
        }

        foreach (var e in Emoticons)
        {
            if (i + e.Length <= text.Length && string.Compare(text, i, e, 0, e.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (i + e.Length == text.Length || !char.IsLetterOrDigit(text[i + e.Length])))
            {
                return e.Length;
            }
        }

        return 0;
    }

    private static bool IsEmojiStart(string text, int i)
    {
        if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            return true;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(text[i]);
        return category == UnicodeCategory.OtherSymbol;
    }

    /// <summary>Reads one emoji with its variation selectors, skin tones and zero-width-joined parts; the key is its first code point.</summary>
    private static int ReadEmoji(string text, int start, List<Token> tokens)
    {
        var first = Rune.GetRuneAt(text, start);
        var i = start + first.Utf16SequenceLength;
        while (i < text.Length)
        {
            if (!Rune.TryGetRuneAt(text, i, out var next))
            {
                break;
            }

            var v = next.Value;
            var joinsPrevious = v is 0xFE0F or 0xFE0E or 0x20E3 || (v >= 0x1F3FB && v <= 0x1F3FF);
            if (v == 0x200D && i + 1 < text.Length && Rune.TryGetRuneAt(text, i + 1, out var joined))
            {
                i += 1 + joined.Utf16SequenceLength;
                continue;
            }

            if (!joinsPrevious)
            {
                break;
            }

            i += next.Utf16SequenceLength;
        }

        tokens.Add(new Token(start, i - start, TokenKind.Emoji, first.ToString(), false));
        return i;
    }
}
