using Ekko.Core.Features.Surveys;

namespace Ekko.Core.Features.Distribution;

public enum SurveyScreenKind
{
    Question,
    ThankYou,
    AlreadyAnswered,
    Closed,
    Expired,
    NotFound,
}

/// <summary>Why an answer was not accepted; the page says it in the respondent's language.</summary>
public enum AnswerProblem
{
    Required,
    NotAScore,
    OutOfRange,
    UnknownOption,
    OneOptionOnly,
    TooLong,
    UnknownQuestion,
}

/// <summary>
/// What a respondent sees next: a question (with their earlier answer and any problem with what they sent),
/// the thank-you page, or why the survey cannot be answered. Every public survey page renders one of these.
/// </summary>
public sealed record SurveyScreen(
    SurveyScreenKind Kind,
    string Language,
    string Brand = "",
    IReadOnlyList<string>? Languages = null,
    SurveyQuestion? Question = null,
    int Position = 0,
    int Total = 0,
    string? PreviousQuestionId = null,
    SurveyAnswer? Answer = null,
    AnswerProblem? Problem = null,
    string? SessionToken = null,
    string? UnsubscribeToken = null)
{
    public static SurveyScreen Unavailable(SurveyScreenKind kind, string language) => new(kind, language);
}
