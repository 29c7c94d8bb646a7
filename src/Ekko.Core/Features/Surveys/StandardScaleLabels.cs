namespace Ekko.Core.Features.Surveys;

/// <summary>
/// The end labels of the standard scales in each supported language, so that a survey author need not write
/// them and every survey labels the same scale the same way (a precondition for comparing scores).
/// </summary>
public static class StandardScaleLabels
{
    private static readonly Dictionary<(QuestionType, string), ScaleLabels> Labels = new()
    {
        [(QuestionType.Nps, "en")] = new("Not at all likely", "Extremely likely"),
        [(QuestionType.Nps, "sv")] = new("Inte alls troligt", "Mycket troligt"),
        [(QuestionType.Nps, "nb")] = new("Ikke sannsynlig i det hele tatt", "Svært sannsynlig"),
        [(QuestionType.Nps, "da")] = new("Slet ikke sandsynligt", "Meget sandsynligt"),
        [(QuestionType.Csat, "en")] = new("Very dissatisfied", "Very satisfied"),
        [(QuestionType.Csat, "sv")] = new("Mycket missnöjd", "Mycket nöjd"),
        [(QuestionType.Csat, "nb")] = new("Svært misfornøyd", "Svært fornøyd"),
        [(QuestionType.Csat, "da")] = new("Meget utilfreds", "Meget tilfreds"),
        [(QuestionType.Ces, "en")] = new("Very difficult", "Very easy"),
        [(QuestionType.Ces, "sv")] = new("Mycket svårt", "Mycket enkelt"),
        [(QuestionType.Ces, "nb")] = new("Svært vanskelig", "Svært enkelt"),
        [(QuestionType.Ces, "da")] = new("Meget svært", "Meget nemt"),
        [(QuestionType.Rating, "en")] = new("Very poor", "Very good"),
        [(QuestionType.Rating, "sv")] = new("Mycket dåligt", "Mycket bra"),
        [(QuestionType.Rating, "nb")] = new("Svært dårlig", "Svært bra"),
        [(QuestionType.Rating, "da")] = new("Meget dårligt", "Meget godt"),
    };

    /// <summary>The question's own labels in <paramref name="language"/>, else the standard ones, else English.</summary>
    public static ScaleLabels For(SurveyQuestion question, string language) =>
        question.Scale?.Labels.GetValueOrDefault(language)
        ?? Labels.GetValueOrDefault((question.Type, language))
        ?? Labels.GetValueOrDefault((question.Type, "en"))
        ?? Labels[(QuestionType.Rating, "en")];
}
