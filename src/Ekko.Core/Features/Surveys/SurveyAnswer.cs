using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ekko.Core.Features.Surveys;

/// <summary>
/// One question's answer: a score (NPS, CSAT, CES, rating), the chosen option ids, or a text. In a response's
/// <c>answers</c> object it is a number, an option id, an array of option ids, or the text.
/// </summary>
public sealed record SurveyAnswer(int? Score, IReadOnlyList<string>? Choices, string? Text)
{
    public static SurveyAnswer ForScore(int score) => new(score, null, null);

    public static SurveyAnswer ForChoices(IReadOnlyList<string> choices) => new(null, choices, null);

    public static SurveyAnswer ForText(string text) => new(null, null, text);

    public JsonNode ToJson(QuestionType type) => type switch
    {
        QuestionType.SingleChoice => JsonValue.Create(Choices![0]),
        QuestionType.MultipleChoice => new JsonArray([.. Choices!.Select(c => (JsonNode)JsonValue.Create(c))]),
        QuestionType.OpenText => JsonValue.Create(Text!),
        _ => JsonValue.Create(Score!.Value),
    };

    /// <summary>Reads back what <see cref="ToJson"/> wrote; null when the stored shape does not fit the question (it changed).</summary>
    public static SurveyAnswer? FromJson(QuestionType type, JsonNode? node) => (type, node) switch
    {
        (QuestionType.SingleChoice, JsonValue v) when v.GetValueKind() == JsonValueKind.String => ForChoices([v.GetValue<string>()]),
        (QuestionType.MultipleChoice, JsonArray a) => ForChoices([.. a.OfType<JsonValue>().Select(v => v.ToString())]),
        (QuestionType.OpenText, JsonValue v) when v.GetValueKind() == JsonValueKind.String => ForText(v.GetValue<string>()),
        (QuestionType.Nps or QuestionType.Csat or QuestionType.Ces or QuestionType.Rating, JsonValue v)
            when v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<int>(out var score) => ForScore(score),
        _ => null,
    };
}
