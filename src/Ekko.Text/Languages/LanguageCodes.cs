namespace Ekko.Text.Languages;

/// <summary>The languages Ekko.Text reads, as ISO 639-1 codes (Norwegian is bokmål, <c>nb</c>).</summary>
public static class LanguageCodes
{
    public const string Swedish = "sv";
    public const string Norwegian = "nb";
    public const string Danish = "da";
    public const string English = "en";

    public static IReadOnlyList<string> Supported { get; } = [Swedish, Norwegian, Danish, English];

    /// <summary>
    /// The supported code for a customer-supplied language tag ("sv-SE", "no", "nn", "NB", "en-GB"), or null when
    /// the tag names a language Ekko.Text does not read.
    /// </summary>
    public static string? Normalize(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var primary = tag.Trim();
        var dash = primary.IndexOfAny(['-', '_']);
        if (dash > 0)
        {
            primary = primary[..dash];
        }

        return primary.ToUpperInvariant() switch
        {
            "SV" or "SWE" => Swedish,
            "NB" or "NO" or "NN" or "NOR" or "NOB" or "NNO" => Norwegian,
            "DA" or "DAN" => Danish,
            "EN" or "ENG" => English,
            _ => null,
        };
    }

    /// <summary>Parses a list such as "sv,nb,da,en"; throws <see cref="ArgumentException"/> naming an unknown code.</summary>
    public static IReadOnlyList<string> ParseList(string list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var result = new List<string>();
        foreach (var part in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var code = Normalize(part) ?? throw new ArgumentException($"unknown language '{part}': expected some of {string.Join(", ", Supported)}", nameof(list));
            if (!result.Contains(code))
            {
                result.Add(code);
            }
        }

        return result.Count > 0 ? result : throw new ArgumentException("no language given", nameof(list));
    }
}
