namespace Ekko.Core.Features.Surveys.Linting;

/// <summary>The kind of question being linted; scale and option checks depend on it.</summary>
public enum QuestionFormat
{
    Nps,
    Csat,
    Ces,
    Rating,
    SingleChoice,
    MultipleChoice,
    OpenText,
}
