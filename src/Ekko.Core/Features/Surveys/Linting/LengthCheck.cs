namespace Ekko.Core.Features.Surveys.Linting;

/// <summary>
/// A phone shows about 25 words (150 characters) of a question above its answers; a longer question is skimmed.
/// </summary>
internal static class LengthCheck
{
    public const int MaxWords = 25;
    public const int MaxCharacters = 150;

    public static void Run(string text, LanguageRules rules, LintFindings findings)
    {
        var trimmed = text.Trim();
        var words = trimmed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        if (words <= MaxWords && trimmed.Length <= MaxCharacters)
        {
            return;
        }

        var size = words > MaxWords ? $"{words} words" : $"{trimmed.Length} characters";
        findings.Add(new LintWarning(
            LintCodes.TooLong,
            LintSeverity.Warning,
            LintMessages.Fill(LintMessages.TooLong, size),
            rules.Advice[LintCodes.TooLong],
            text.IndexOf(trimmed, StringComparison.Ordinal),
            trimmed.Length));
    }
}
