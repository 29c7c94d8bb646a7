using System.Text;
using System.Text.RegularExpressions;
using Ekko.Text.Languages;
using PhoneNumbers;

namespace Ekko.Text.Redaction;

/// <summary>
/// Replaces personal data in free text with placeholders: <c>[email]</c>, <c>[card]</c> (13-19 digits passing Luhn),
/// <c>[national-id]</c> (Swedish personnummer, Norwegian fødselsnummer, Danish CPR, each validated) and
/// <c>[phone]</c> (valid for Sweden, Norway, Denmark or the UK per libphonenumber, or international with +).
/// Validation keeps order numbers and amounts readable. Thread-safe.
/// </summary>
public static partial class PiiRedactor
{
    public const string Email = "[email]";
    public const string Phone = "[phone]";
    public const string Card = "[card]";
    public const string NationalId = "[national-id]";

    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    [GeneratedRegex(@"[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(\.[\p{L}\p{N}\-]+)*\.\p{L}{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    // Digits with the separators people type (spaces, hyphens, dots, brackets), optionally a leading +.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])\+?\(?\d[\d \-.()]{4,24}\d(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    /// <summary>
    /// Where <see cref="Redact"/> replaces something, in the original text's offsets, in order. Lets a caller
    /// redact a text and move offsets that point into it (highlighted phrases) to the redacted text.
    /// </summary>
    public static IReadOnlyList<RedactedSpan> Find(string text, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<RedactedSpan>();
        if (!text.Contains('@', StringComparison.Ordinal) && text.Count(char.IsAsciiDigit) < 6)
        {
            return spans;
        }

        foreach (Match email in EmailPattern().Matches(text))
        {
            spans.Add(new RedactedSpan(email.Index, email.Length, Email));
        }

        // Numbers are looked for where Redact looks for them, after the e-mail addresses are replaced (a number
        // cannot run through a placeholder), and moved back to the original's offsets.
        var withoutEmails = spans.Count == 0 ? text : EmailPattern().Replace(text, Email);
        if (withoutEmails.Count(char.IsAsciiDigit) >= 6)
        {
            var region = Region(language);
            // Where each placeholder starts in the text without e-mails, and how much it shortened the text.
            var shifts = new List<(int At, int Shift)>();
            var shift = 0;
            foreach (var email in spans)
            {
                shifts.Add((email.Start - shift, email.Length - Email.Length));
                shift += email.Length - Email.Length;
            }

            foreach (Match number in NumberPattern().Matches(withoutEmails))
            {
                if (Classify(number.Value, region) is not { } kind)
                {
                    continue;
                }

                var start = number.Index + shifts.Where(s => s.At < number.Index).Sum(s => s.Shift);
                spans.Add(new RedactedSpan(start, number.Length, kind));
            }
        }

        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        return spans;
    }

    /// <summary>
    /// Redacts <paramref name="text"/> with <paramref name="spans"/> from <see cref="Find"/>, and gives a function
    /// that moves an offset range of the original to the redacted text, or null when the range touches personal data.
    /// </summary>
    public static (string Text, Func<int, int, (int Start, int Length)?> Move) Apply(string text, IReadOnlyList<RedactedSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(spans);
        if (spans.Count == 0)
        {
            return (text, (start, length) => (start, length));
        }

        var builder = new StringBuilder(text.Length);
        var at = 0;
        foreach (var span in spans)
        {
            builder.Append(text, at, span.Start - at).Append(span.Placeholder);
            at = span.Start + span.Length;
        }

        builder.Append(text, at, text.Length - at);
        return (builder.ToString(), (start, length) =>
        {
            var shift = 0;
            foreach (var span in spans)
            {
                if (start < span.Start + span.Length && span.Start < start + length)
                {
                    return null;
                }

                if (span.Start + span.Length <= start)
                {
                    shift += span.Placeholder.Length - span.Length;
                }
            }

            return (start + shift, length);
        });
    }

    public static string Redact(string text, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hasAt = text.Contains('@', StringComparison.Ordinal);
        var digits = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
        }

        if (!hasAt && digits < 6)
        {
            return text;
        }

        if (hasAt)
        {
            text = EmailPattern().Replace(text, Email);
        }

        if (digits < 6)
        {
            return text;
        }

        var region = Region(language);
        return NumberPattern().Replace(text, match => Classify(match.Value, region) ?? match.Value);
    }

    /// <summary>What a run of digits is, or null when it is none of the personal kinds (an order number, an amount).</summary>
    internal static string? Classify(string candidate, string region)
    {
        Span<char> buffer = stackalloc char[32];
        var n = 0;
        foreach (var c in candidate)
        {
            if (char.IsAsciiDigit(c) && n < buffer.Length)
            {
                buffer[n++] = c;
            }
        }

        var digits = buffer[..n];
        if (n < 6)
        {
            return null;
        }

        if (n is >= 13 and <= 19 && !candidate.StartsWith('+') && Luhn.IsValid(digits))
        {
            return Card;
        }

        // A separator before the last four digits is how national ids are written ("850709-9805", "19850709-9805").
        var trimmed = candidate.Trim();
        var idShaped = trimmed.Length > 5 && trimmed[^5] is '-' or '+' or ' ';
        if (idShaped && IsNationalId(digits, candidate))
        {
            return NationalId;
        }

        if (IsPhone(candidate, region))
        {
            return Phone;
        }

        return IsNationalId(digits, candidate) ? NationalId : null;
    }

    private static bool IsNationalId(ReadOnlySpan<char> digits, string candidate) =>
        NationalIdentityNumbers.IsSwedishPersonnummer(digits)
        || NationalIdentityNumbers.IsNorwegianFodselsnummer(digits)
        || (NationalIdentityNumbers.IsDanishCpr(digits) && candidate.Trim().Length == 11 && candidate.Trim()[6] == '-');

    private static bool IsPhone(string candidate, string region)
    {
        var digits = candidate.Count(char.IsAsciiDigit);
        if (digits is < 7 or > 15)
        {
            return false;
        }

        foreach (var r in (string[])[region, "SE", "NO", "DK", "GB"])
        {
            try
            {
                if (Phones.IsValidNumber(Phones.Parse(candidate, r)))
                {
                    return true;
                }
            }
            catch (NumberParseException)
            {
                // Not a number in this region's plan; try the next.
            }

            if (candidate.TrimStart().StartsWith('+'))
            {
                break; // An international number parses the same in every region.
            }
        }

        return false;
    }

    private static string Region(string? language) => LanguageCodes.Normalize(language) switch
    {
        LanguageCodes.Swedish => "SE",
        LanguageCodes.Norwegian => "NO",
        LanguageCodes.Danish => "DK",
        _ => "GB",
    };
}
