using System.Text.Json.Nodes;
using Ekko.Core.Features.Surveys;

namespace Ekko.Core.Features.Distribution;

/// <summary>
/// Which questions a respondent sees, in order, given their answers so far: a question with a condition is
/// shown only when the earlier answer meets it. Pure, so the page, the widget and the recorder agree.
/// </summary>
public sealed class SurveyFlow(SurveyDefinition definition, IReadOnlyDictionary<string, SurveyAnswer> answers)
{
    public SurveyDefinition Definition => definition;
    public IReadOnlyDictionary<string, SurveyAnswer> Answers => answers;

    public static SurveyFlow From(SurveyDefinition definition, string answersJson)
    {
        var stored = JsonNode.Parse(answersJson) as JsonObject ?? [];
        var answers = new Dictionary<string, SurveyAnswer>(StringComparer.Ordinal);
        foreach (var (id, value) in stored)
        {
            if (definition.Find(id) is { } question && SurveyAnswer.FromJson(question.Type, value) is { } answer)
            {
                answers[id] = answer;
            }
        }

        return new SurveyFlow(definition, answers);
    }

    public IReadOnlyList<SurveyQuestion> Visible =>
        [.. definition.Questions.Where(q => q.ShowIf is not { } condition || condition.IsMetBy(answers.GetValueOrDefault(condition.Question)))];

    /// <summary>
    /// How many questions the respondent will probably see, for "question 2 of 4": the visible ones, plus one for
    /// each unanswered question that decides hidden follow-ups (a detractor and a promoter follow-up of the same
    /// score are alternatives, so they count once).
    /// </summary>
    public int EstimatedTotal
    {
        get
        {
            var visible = Visible;
            var undecided = definition.Questions
                .Where(q => q.ShowIf is { } c && !visible.Contains(q) && !answers.ContainsKey(c.Question))
                .Select(q => q.ShowIf!.Question)
                .Distinct(StringComparer.Ordinal)
                .Count();
            return visible.Count + undecided;
        }
    }

    /// <summary>The first visible question after <paramref name="questionId"/> (after none: the first), or null at the end.</summary>
    public SurveyQuestion? After(string? questionId)
    {
        var visible = Visible;
        var index = questionId is null ? -1 : visible.ToList().FindIndex(q => q.Id == questionId);
        return index + 1 < visible.Count ? visible[index + 1] : null;
    }

    public SurveyQuestion? Before(string questionId)
    {
        var visible = Visible.ToList();
        var index = visible.FindIndex(q => q.Id == questionId);
        return index > 0 ? visible[index - 1] : null;
    }

    /// <summary>Where a returning respondent continues: the first visible question without an answer.</summary>
    public SurveyQuestion? FirstUnanswered() => Visible.FirstOrDefault(q => !answers.ContainsKey(q.Id));

    public SurveyFlow With(string questionId, SurveyAnswer? answer)
    {
        var next = new Dictionary<string, SurveyAnswer>(answers, StringComparer.Ordinal);
        if (answer is null)
        {
            next.Remove(questionId);
        }
        else
        {
            next[questionId] = answer;
        }

        return new SurveyFlow(definition, next);
    }

    public string AnswersJson()
    {
        var obj = new JsonObject();
        foreach (var question in definition.Questions.Where(q => answers.ContainsKey(q.Id)))
        {
            obj[question.Id] = answers[question.Id].ToJson(question.Type);
        }

        return obj.ToJsonString();
    }
}
