using System.Text.RegularExpressions;

namespace Ekko.Core.Features.Surveys.Linting;

/// <summary>
/// Capitalised abbreviations that are not on the list of ones everybody knows (TV, PDF) or of common Nordic brand
/// names (IKEA, ICA). Reported as information only, because a workspace's own brand may look the same.
/// </summary>
internal static partial class UnknownAbbreviationCheck
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "TV", "PC", "OK", "PDF", "SMS", "MMS", "USB", "ID", "PIN", "QR", "GPS", "IT", "HR", "EU", "EES", "EEA", "USA", "UK", "AB",
        "AS", "ASA", "APS", "VAT", "FAQ", "DIY", "DVD", "CD", "ATM", "WC", "NO", "SE", "DK", "FI", "CEO", "VD", "AI", "APP", "WIFI",
        "IKEA", "ICA", "COOP", "XXL", "DHL", "UPS", "GLS", "DSV", "SAS", "DNB", "SEB", "NRK", "SVT", "DR", "TV2", "BMW", "VW", "HM",
        "OBOS", "KIWI", "REMA", "SJ", "SL", "NSB", "DSB", "LEGO", "MAX", "CV", "MOMS", "NOK", "SEK", "DKK", "EUR", "KR", "AM", "PM",
    };

    public static void Run(string text, LintFindings findings)
    {
        var letters = text.Count(char.IsLetter);
        if (letters > 0 && text.Count(char.IsUpper) * 2 > letters)
        {
            return; // a text in capitals is shouting, not abbreviating
        }

        foreach (Match match in Abbreviation().Matches(text))
        {
            var word = match.Value.EndsWith('s') ? match.Value[..^1] : match.Value;
            if (Known.Contains(word))
            {
                continue;
            }

            findings.Add(new LintWarning(
                LintCodes.Jargon,
                LintSeverity.Info,
                LintMessages.Fill(LintMessages.UnknownAbbreviation, match.Value),
                "",
                match.Index,
                match.Length));
        }
    }

    [GeneratedRegex(@"\b[A-ZÅÄÖÆØ]{2,6}s?\b", RegexOptions.CultureInvariant)]
    private static partial Regex Abbreviation();
}
