using Ekko.Core.Features.Surveys;

namespace Ekko.Core.Features.Distribution;

/// <summary>Turns what a form or the widget sent for one question into an answer, or says what is wrong with it.</summary>
public static class AnswerReader
{
    public const int MaxTextLength = 5000;

    /// <summary>(null, null) means "no answer" for an optional question: the respondent skipped it.</summary>
    public static (SurveyAnswer? Answer, AnswerProblem? Problem) Read(SurveyQuestion question, IReadOnlyList<string> values)
    {
        var given = values.Select(v => v.Trim()).Where(v => v.Length > 0).ToList();
        if (given.Count == 0)
        {
            return question.Required ? (null, AnswerProblem.Required) : (null, null);
        }

        switch (question.Type)
        {
            case QuestionType.OpenText:
                var text = string.Join("\n", given).Replace("\0", "", StringComparison.Ordinal);
                return text.Length > MaxTextLength ? (null, AnswerProblem.TooLong) : (SurveyAnswer.ForText(text), null);
            case QuestionType.SingleChoice or QuestionType.MultipleChoice:
                if (given.Any(v => question.Options.All(o => o.Id != v)))
                {
                    return (null, AnswerProblem.UnknownOption);
                }

                if (question.Type == QuestionType.SingleChoice && given.Distinct().Count() > 1)
                {
                    return (null, AnswerProblem.OneOptionOnly);
                }

                return (SurveyAnswer.ForChoices([.. question.Options.Select(o => o.Id).Where(given.Contains)]), null);
            default:
                if (given.Count > 1 || !int.TryParse(given[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var score))
                {
                    return (null, AnswerProblem.NotAScore);
                }

                var (min, max) = question.Range!.Value;
                return score < min || score > max ? (null, AnswerProblem.OutOfRange) : (SurveyAnswer.ForScore(score), null);
        }
    }
}
