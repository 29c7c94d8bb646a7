using System.Text.Json;
using System.Text.Json.Nodes;
using Ekko.Core.Formats;
using Ekko.Text.Languages;
using Ekko.Text.Themes;

namespace Ekko.Core.Features.TextInsights;

/// <summary>
/// Reads a taxonomy from a request body, naming every bad field by its path (<c>themes[2].rules.sv[0]</c>), so an
/// editor can point at the rule that does not parse.
/// </summary>
public static class TaxonomyInput
{
    public const int MaxThemes = 200;
    public const int MaxRulesPerLanguage = 500;
    public const int MaxRuleLength = 500;

    /// <summary>One theme: <c>{"id", "name", "description"?, "rules": {"sv": ["rule", ...], ...}}</c>; errors are prefixed with <paramref name="path"/>.</summary>
    public static ThemeDefinition? ReadTheme(JsonNode? node, string path, List<FieldError> errors)
    {
        var reader = RecordReader.For(node, out var notAnObject);
        if (reader is null)
        {
            errors.Add(notAnObject! with { Field = path });
            return null;
        }

        var id = reader.RequiredKey("id");
        var name = reader.RequiredString("name", 200);
        var description = reader.OptionalString("description", 2000) ?? "";
        var rules = reader.Has("rules") ? ReadRules(node!["rules"], Join(path, "rules"), errors) : null;
        reader.RejectUnknownFields();
        errors.AddRange(reader.Errors.Select(e => e with { Field = Join(path, e.Field) }));
        if (rules is null && !reader.Has("rules"))
        {
            errors.Add(new FieldError(Join(path, "rules"), "is required: rules per language, such as {\"sv\": [\"leverans*\", \"\\\"lång kö\\\"\"]}"));
        }

        return reader.Errors.Count == 0 && rules is not null ? new ThemeDefinition(id, name, description, rules) : null;
    }

    private static Dictionary<string, IReadOnlyList<string>>? ReadRules(JsonNode? node, string path, List<FieldError> errors)
    {
        if (node is not JsonObject languages)
        {
            errors.Add(new FieldError(path, $"expected an object of rule lists by language (sv, nb, da, en), got {Describe(node)}"));
            return null;
        }

        var before = errors.Count;
        var rules = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (language, list) in languages)
        {
            var at = Join(path, language);
            if (!LanguageCodes.Supported.Contains(language))
            {
                errors.Add(new FieldError(at, $"unknown language; rules are given for {string.Join(", ", LanguageCodes.Supported)}"));
                continue;
            }

            if (list is not JsonArray items || items.Count > MaxRulesPerLanguage)
            {
                errors.Add(new FieldError(at, $"expected a list of at most {MaxRulesPerLanguage} rules, got {Describe(list)}"));
                continue;
            }

            var parsed = new List<string>();
            for (var i = 0; i < items.Count; i++)
            {
                if (Rule(items[i], language, out var problem) is { } rule)
                {
                    parsed.Add(rule);
                }
                else
                {
                    errors.Add(new FieldError($"{at}[{i}]", problem!));
                }
            }

            rules[language] = parsed;
        }

        if (errors.Count == before && rules.Values.All(r => r.Count == 0))
        {
            errors.Add(new FieldError(path, "needs at least one rule in one language"));
        }

        return errors.Count == before ? rules : null;
    }

    /// <summary>A rule in the syntax of docs/text-analytics.md, or null with the parser's reason.</summary>
    public static string? Rule(JsonNode? node, string language, out string? problem)
    {
        if (!RecordReader.TryGetString(node, out var text))
        {
            problem = node is JsonValue { } v && v.GetValueKind() == JsonValueKind.String
                ? "is not valid text: it holds an unpaired UTF-16 surrogate escape"
                : $"expected a rule as a string, got {Describe(node)}";
            return null;
        }

        var rule = text.Trim();
        if (rule.Length is 0 or > MaxRuleLength)
        {
            problem = $"a rule has 1 to {MaxRuleLength} characters, got {rule.Length}";
            return null;
        }

        try
        {
            ThemeRuleParser.Parse(rule, language);
            problem = null;
            return rule;
        }
        catch (ArgumentException e)
        {
            problem = $"is not a valid rule: {e.Message}";
            return null;
        }
    }

    private static string Join(string path, string field) => path.Length == 0 ? field : field.Length == 0 ? path : $"{path}.{field}";

    private static string Describe(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "an object",
        JsonArray => "a list",
        _ => node.GetValueKind() switch
        {
            JsonValueKind.String => "a string",
            JsonValueKind.Number => "a number",
            _ => node.ToJsonString(),
        },
    };
}
