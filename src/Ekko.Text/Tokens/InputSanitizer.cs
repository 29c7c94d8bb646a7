namespace Ekko.Text.Tokens;

/// <summary>
/// Makes arbitrary input safe to analyse without moving any character: lone UTF-16 surrogates become U+FFFD,
/// control characters become spaces, and HTML tags (with the contents of script and style elements) are blanked
/// out. Offsets into the result are offsets into the original text, which highlighting relies on.
/// </summary>
public static class InputSanitizer
{
    public static string Sanitize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!NeedsWork(text))
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
                {
                    i++;
                }
                else
                {
                    chars[i] = '\uFFFD';
                }
            }
            else if (char.IsLowSurrogate(c))
            {
                chars[i] = '\uFFFD';
            }
            else if (char.IsControl(c) && c != '\n' && c != '\t')
            {
                chars[i] = c == '\r' ? '\n' : ' ';
            }
            else if (c == '<')
            {
                i = BlankTag(chars, i);
            }
        }

        return new string(chars);
    }

    private static bool NeedsWork(string text)
    {
        foreach (var c in text)
        {
            if (c == '<' || char.IsSurrogate(c) || (char.IsControl(c) && c != '\n' && c != '\t'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Blanks the tag starting at <paramref name="start"/> if it looks like one; returns the index to go on from.</summary>
    private static int BlankTag(char[] chars, int start)
    {
        if (start + 1 >= chars.Length || !(char.IsAsciiLetter(chars[start + 1]) || chars[start + 1] is '/' or '!'))
        {
            return start;
        }

        var close = Array.IndexOf(chars, '>', start + 1, Math.Min(1000, chars.Length - start - 1));
        if (close < 0)
        {
            return start;
        }

        var name = new string(chars, start + 1, Math.Min(6, close - start - 1)).ToUpperInvariant();
        Array.Fill(chars, ' ', start, close - start + 1);
        if (name.StartsWith("SCRIPT", StringComparison.Ordinal) || name.StartsWith("STYLE", StringComparison.Ordinal))
        {
            var closing = name.StartsWith('S') && name[1] == 'C' ? "</script" : "</style";
            var end = new string(chars).IndexOf(closing, close, StringComparison.OrdinalIgnoreCase);
            var stop = end < 0 ? chars.Length : end;
            Array.Fill(chars, ' ', close, stop - close);
            return stop - 1;
        }

        return close;
    }
}
