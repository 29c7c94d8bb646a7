namespace Ekko.Core.Features.Surveys.Linting;

/// <summary>
/// Checks a survey question for wording and scale problems that bias or confuse respondents, in Swedish,
/// Norwegian (Bokmål), Danish and English. Pure: no I/O, safe to call per keystroke in the builder.
/// </summary>
public static class QuestionLinter
{
    public static IReadOnlyList<LintWarning> Lint(QuestionToLint question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var rules = LanguageRules.For(question.Language);
        var text = question.Text ?? "";
        var findings = new LintFindings();
        PhraseCheck.Run(text, rules, findings);
        DoubleBarrelledCheck.Run(text, rules, findings);
        UnknownAbbreviationCheck.Run(text, findings);
        LengthCheck.Run(text, rules, findings);
        ScaleCheck.Run(question, rules, findings);
        return findings.Warnings;
    }
}
