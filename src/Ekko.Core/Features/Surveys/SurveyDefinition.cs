using Ekko.Analytics;

namespace Ekko.Core.Features.Surveys;

/// <summary>
/// What a survey asks, in every language it is offered in. Stored as one JSON document with the survey, because
/// it is always read and written whole.
/// </summary>
public sealed record SurveyDefinition(IReadOnlyList<string> Languages, IReadOnlyList<SurveyQuestion> Questions)
{
    /// <summary>
    /// The question whose score becomes the response's <c>metric</c> and <c>score</c>: the first NPS, CSAT or CES
    /// question. Its answer is what metrics, insights and case rules read.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public SurveyQuestion? ScoredQuestion => Questions.FirstOrDefault(q => q.Metric is not null);

    public SurveyQuestion? Find(string questionId) => Questions.FirstOrDefault(q => q.Id == questionId);
}

/// <summary>One question. <see cref="Text"/> holds its wording per language code.</summary>
public sealed record SurveyQuestion(
    string Id,
    QuestionType Type,
    IReadOnlyDictionary<string, string> Text,
    bool Required,
    IReadOnlyList<QuestionOption> Options,
    QuestionScale? Scale,
    DisplayCondition? ShowIf)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Metric? Metric => Type switch
    {
        QuestionType.Nps => Analytics.Metric.Nps,
        QuestionType.Csat => Analytics.Metric.Csat,
        QuestionType.Ces => Analytics.Metric.Ces,
        _ => null,
    };

    /// <summary>The lowest and highest score of a scored or rating question.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public (int Min, int Max)? Range => Type switch
    {
        QuestionType.Nps => (0, 10),
        QuestionType.Csat => (1, 5),
        QuestionType.Ces => (1, 7),
        QuestionType.Rating => Scale is { } s ? (s.Min, s.Max) : (1, 5),
        _ => null,
    };
}

/// <summary>An answer option of a choice question; its id is what the response stores.</summary>
public sealed record QuestionOption(string Id, IReadOnlyDictionary<string, string> Text);

/// <summary>
/// A rating scale and the words at its two ends per language. NPS, CSAT and CES have standard end labels
/// (<see cref="StandardScaleLabels"/>) that a survey may replace.
/// </summary>
public sealed record QuestionScale(int Min, int Max, IReadOnlyDictionary<string, ScaleLabels> Labels);

public sealed record ScaleLabels(string Low, string High);

/// <summary>
/// Shows a question only when an earlier question's answer matches: a score within [Min, Max] (a different
/// follow-up for detractors) or one of the options in <see cref="AnyOf"/>.
/// </summary>
public sealed record DisplayCondition(string Question, int? Min, int? Max, IReadOnlyList<string> AnyOf)
{
    public bool IsMetBy(SurveyAnswer? answer) => answer switch
    {
        null => false,
        { Score: { } score } => (Min is null || score >= Min) && (Max is null || score <= Max),
        { Choices: { } choices } => AnyOf.Count > 0 && choices.Any(AnyOf.Contains),
        _ => false,
    };
}
