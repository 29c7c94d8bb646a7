namespace Ekko.Core.Features.Distribution;

/// <summary>
/// The language a respondent gets: the one they chose on the page, else their profile's, else the first of
/// their browser's that the survey offers, else the survey's default. Norwegian is matched loosely (no, nb and
/// nn all find nb) because browsers report it all three ways.
/// </summary>
public static class RespondentLanguage
{
    public static string Choose(IReadOnlyList<string> offered, string surveyDefault, string? chosen, string? profile, IEnumerable<string> browser)
    {
        foreach (var candidate in new[] { chosen, profile }.Concat(browser))
        {
            if (Match(offered, candidate) is { } match)
            {
                return match;
            }
        }

        return surveyDefault;
    }

    /// <summary>The languages Ekko's own pages speak, for pages that belong to no survey (link not found).</summary>
    public static readonly IReadOnlyList<string> PageLanguages = ["en", "sv", "nb", "da"];

    public static string ForPage(IEnumerable<string> browser) => Choose(PageLanguages, "en", null, null, browser);

    public static string? Match(IReadOnlyList<string> offered, string? candidate)
    {
        if (string.IsNullOrWhiteSpace(candidate))
        {
            return null;
        }

        var code = candidate.Trim().ToLowerInvariant();
        if (offered.Contains(code))
        {
            return code;
        }

        var primary = code.Split('-', '_')[0];
        if (primary is "no" or "nn" or "nb")
        {
            primary = "nb";
        }

        return offered.FirstOrDefault(o => o == primary || o.Split('-')[0] == primary);
    }

    /// <summary>The languages of an Accept-Language header, most preferred first.</summary>
    public static IReadOnlyList<string> FromAcceptLanguage(string? header) =>
        string.IsNullOrWhiteSpace(header) ? [] :
        [.. header.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Take(20)
            .Select((part, order) =>
            {
                var pieces = part.Split(';', StringSplitOptions.TrimEntries);
                var quality = pieces.Skip(1).Select(p => p.StartsWith("q=", StringComparison.Ordinal)
                    && double.TryParse(p[2..], System.Globalization.CultureInfo.InvariantCulture, out var q) ? q : 1.0).FirstOrDefault(1.0);
                return (Code: pieces[0], Quality: quality, Order: order);
            })
            .Where(p => p.Code != "*" && p.Quality > 0)
            .OrderByDescending(p => p.Quality).ThenBy(p => p.Order)
            .Select(p => p.Code)];
}
