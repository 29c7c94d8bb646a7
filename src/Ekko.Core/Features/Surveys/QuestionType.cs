namespace Ekko.Core.Features.Surveys;

/// <summary>The kinds of question a survey can ask. NPS, CSAT and CES use their standard scales.</summary>
public enum QuestionType
{
    /// <summary>0-10, "How likely is it that you would recommend ...".</summary>
    Nps,

    /// <summary>1-5, "How satisfied were you with ...".</summary>
    Csat,

    /// <summary>1-7, 7 = very easy: "How easy was it to ...".</summary>
    Ces,

    /// <summary>A labelled scale of the survey's own choosing (for example 1-5 stars).</summary>
    Rating,
    SingleChoice,
    MultipleChoice,
    OpenText,
}
