namespace Ekko.Core.Features.TextInsights;

/// <summary>
/// A workspace's text settings: <c>{"redact_pii": true}</c> replaces personal data in comments wherever they are shown or
/// exported; <c>{"languages": ["sv", "en"]}</c> restricts language detection to those (default all of sv, nb, da, en).
/// </summary>
public sealed record TextSettings(bool RedactPii, IReadOnlyList<string> Languages)
{
    internal static IReadOnlyList<string> Split(string languages) => languages.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
