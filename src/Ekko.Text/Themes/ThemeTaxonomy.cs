using System.Text.Json;
using System.Text.Json.Serialization;
using Ekko.Text.Languages;

namespace Ekko.Text.Themes;

/// <summary>
/// A workspace's themes. Immutable: editing returns a new taxonomy, so a matcher compiled from the old one stays
/// valid while a re-analysis runs. Every rule is parsed on construction, so a bad rule fails here, named, and
/// never during analysis. Serialises to the JSON of Resources/Themes/default-taxonomy.json.
/// </summary>
public sealed class ThemeTaxonomy
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly Lazy<ThemeTaxonomy> DefaultTaxonomy = new(() =>
    {
        using var stream = EmbeddedResources.Open("Themes/default-taxonomy.json");
        using var reader = new StreamReader(stream);
        return FromJson(reader.ReadToEnd());
    });

    public ThemeTaxonomy(IEnumerable<ThemeDefinition> themes)
    {
        ArgumentNullException.ThrowIfNull(themes);
        Themes = [.. themes];
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var theme in Themes)
        {
            if (string.IsNullOrWhiteSpace(theme.Id) || !ids.Add(theme.Id))
            {
                throw new ArgumentException($"theme id '{theme.Id}' is empty or used twice", nameof(themes));
            }

            foreach (var (language, rules) in theme.Rules)
            {
                var code = LanguageCodes.Normalize(language) ?? throw new ArgumentException($"theme '{theme.Id}': unsupported language '{language}'", nameof(themes));
                foreach (var rule in rules)
                {
                    try
                    {
                        ThemeRuleParser.Parse(rule, code);
                    }
                    catch (ArgumentException e)
                    {
                        throw new ArgumentException($"theme '{theme.Id}' ({language}): {e.Message}", nameof(themes), e);
                    }
                }
            }
        }
    }

    public IReadOnlyList<ThemeDefinition> Themes { get; }

    /// <summary>The default taxonomy of FORMATS.md (delivery, price, ..., loyalty_program) in sv, nb, da and en.</summary>
    public static ThemeTaxonomy Default => DefaultTaxonomy.Value;

    public ThemeDefinition? Find(string id) => Themes.FirstOrDefault(t => t.Id == id);

    /// <summary>Adds a theme, or replaces the one with the same id.</summary>
    public ThemeTaxonomy WithTheme(ThemeDefinition theme)
    {
        ArgumentNullException.ThrowIfNull(theme);
        var replaced = Themes.Any(t => t.Id == theme.Id);
        return new ThemeTaxonomy(replaced ? Themes.Select(t => t.Id == theme.Id ? theme : t) : Themes.Append(theme));
    }

    /// <summary>Adds rules (words, phrases, expressions) for one language to an existing theme.</summary>
    public ThemeTaxonomy WithRules(string themeId, string language, params string[] rules)
    {
        var theme = Find(themeId) ?? throw new ArgumentException($"no theme '{themeId}'", nameof(themeId));
        var code = LanguageCodes.Normalize(language) ?? throw new ArgumentException($"unsupported language '{language}'", nameof(language));
        var updated = theme.Rules.ToDictionary(r => r.Key, r => r.Value);
        updated[code] = [.. (updated.TryGetValue(code, out var existing) ? existing : []), .. rules];
        return WithTheme(theme with { Rules = updated });
    }

    public ThemeTaxonomy WithoutTheme(string themeId) => new(Themes.Where(t => t.Id != themeId));

    public string ToJson() => JsonSerializer.Serialize(new TaxonomyDocument([.. Themes.Select(t =>
        new ThemeDocument(t.Id, t.Name, t.Description, t.Rules.ToDictionary(r => r.Key, r => (string[]?)[.. r.Value])))]), Json);

    public static ThemeTaxonomy FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        TaxonomyDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<TaxonomyDocument>(json, Json);
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"taxonomy JSON is not valid: {e.Message}", nameof(json), e);
        }

        if (document?.Themes is null)
        {
            throw new ArgumentException("taxonomy JSON needs a \"themes\" array", nameof(json));
        }

        return new ThemeTaxonomy(document.Themes.Select(t => new ThemeDefinition(
            t.Id ?? "", t.Name ?? t.Id ?? "", t.Description ?? "",
            (t.Rules ?? []).ToDictionary(r => r.Key, r => (IReadOnlyList<string>)(r.Value ?? [])))));
    }

    private sealed record TaxonomyDocument([property: JsonPropertyName("themes")] ThemeDocument[]? Themes);

    private sealed record ThemeDocument(string? Id, string? Name, string? Description, Dictionary<string, string[]?>? Rules);
}
