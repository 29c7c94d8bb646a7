using System.Text.Json.Nodes;

namespace Ekko.Core.Features.Surveys;

/// <summary>A ready-made survey to start from, in English, Swedish, Norwegian and Danish.</summary>
public sealed record SurveyTemplate(string Key, string Name, IReadOnlyList<string> Languages, IReadOnlyList<string> QuestionTypes);

/// <summary>
/// The shipped templates (Features/Surveys/Templates/*.json, embedded): relationship NPS, CSAT after delivery,
/// CES after a support contact and an employee training evaluation. They are ordinary survey bodies, so they
/// pass through the same validation as any survey; <c>{company}</c> becomes the workspace's name.
/// </summary>
public static class SurveyTemplates
{
    private const string Prefix = "survey-template.";

    public static IReadOnlyList<string> Keys { get; } =
        [.. typeof(SurveyTemplates).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..^".json".Length])
            .Order(StringComparer.Ordinal)];

    /// <summary>The template's survey body, or null when there is no such template.</summary>
    public static JsonObject? Body(string key, string companyName)
    {
        if (!Keys.Contains(key))
        {
            return null;
        }

        using var stream = typeof(SurveyTemplates).Assembly.GetManifestResourceStream($"{Prefix}{key}.json")!;
        using var reader = new StreamReader(stream);
        // The name is JSON-encoded before it goes into the JSON text, so quotes in a company name cannot break it.
        var encodedName = System.Text.Json.JsonSerializer.Serialize(companyName)[1..^1];
        return JsonNode.Parse(reader.ReadToEnd().Replace("{company}", encodedName, StringComparison.Ordinal))!.AsObject();
    }

    public static IReadOnlyList<SurveyTemplate> All() =>
        [.. Keys.Select(key =>
        {
            var body = Body(key, "{company}")!;
            return new SurveyTemplate(
                key,
                body["name"]!.GetValue<string>(),
                [.. body["languages"]!.AsArray().Select(l => l!.GetValue<string>())],
                [.. body["questions"]!.AsArray().Select(q => q!["type"]!.GetValue<string>())]);
        })];
}
