namespace Ekko.Core.Features.Surveys.Linting;

/// <summary>
/// One question as the linter sees it, independent of how surveys are stored.
/// </summary>
/// <param name="Text">The question wording shown to the respondent.</param>
/// <param name="Language">A language tag (sv, nb, da, en, or a regional form such as sv-SE); other languages get the English rules.</param>
/// <param name="Format">The question type.</param>
/// <param name="ScaleLabels">The labels of a scale's ends or points, lowest first; empty when the scale has none.</param>
/// <param name="Options">The answer options of a choice question; empty otherwise.</param>
public sealed record QuestionToLint(
    string Text,
    string Language,
    QuestionType Format,
    IReadOnlyList<string> ScaleLabels,
    IReadOnlyList<string> Options)
{
    public QuestionToLint(string text, string language, QuestionType format)
        : this(text, language, format, [], [])
    {
    }
}
