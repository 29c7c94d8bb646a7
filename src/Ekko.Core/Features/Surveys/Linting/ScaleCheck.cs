namespace Ekko.Core.Features.Surveys.Linting;

/// <summary>
/// Checks the labels of a scale (rating, CSAT, CES, NPS) and the options of a single-choice question that form
/// an opinion scale: labelled ends, as many negative as positive points, a middle, and a way out of yes/no opinions.
/// </summary>
internal static class ScaleCheck
{
    public static void Run(QuestionToLint question, LanguageRules rules, LintFindings findings)
    {
        var labels = question.ScaleLabels.Where(l => !string.IsNullOrWhiteSpace(l)).ToList();
        if (question.Format == QuestionType.Rating && labels.Count < 2)
        {
            findings.Add(NotInText(LintCodes.UnlabeledScale, LintMessages.UnlabeledScale, rules));
        }

        if (question.Format is QuestionType.Rating or QuestionType.Csat or QuestionType.Ces or QuestionType.Nps)
        {
            CheckBalance(labels, requireMiddle: false, rules, findings);
        }

        if (question.Format == QuestionType.SingleChoice)
        {
            var options = question.Options.Where(o => !string.IsNullOrWhiteSpace(o)).ToList();
            var answers = options.Where(o => !LabelPolarity.IsDontKnow(o, rules.Scale)).ToList();
            CheckBalance(answers, requireMiddle: true, rules, findings);
            CheckDontKnow(question.Text, options, answers, rules, findings);
        }
    }

    private static void CheckBalance(List<string> points, bool requireMiddle, LanguageRules rules, LintFindings findings)
    {
        var polarities = points.Select(p => LabelPolarity.Classify(p, rules.Scale)).Where(p => p is not null).Select(p => p!.Value).ToList();
        var positive = polarities.Count(p => p > 0);
        var negative = polarities.Count(p => p < 0);
        // Options are only a scale when most of them carry a polarity; "Online, In store, By phone" is not one.
        if (polarities.Count < 2 || (requireMiddle && polarities.Count * 3 < points.Count * 2))
        {
            return;
        }

        if (positive != negative && positive + negative > 0)
        {
            findings.Add(NotInText(
                LintCodes.UnbalancedScale,
                LintMessages.Fill(LintMessages.UnbalancedScale, positive, negative),
                rules));
        }

        if (requireMiddle && positive > 0 && negative > 0 && !polarities.Contains(0))
        {
            findings.Add(NotInText(LintCodes.MissingNeutralOption, LintMessages.MissingNeutral, rules));
        }
    }

    private static void CheckDontKnow(string text, List<string> options, List<string> answers, LanguageRules rules, LintFindings findings)
    {
        var isYesNo = answers.Count == 2 && answers.All(a => rules.Scale.YesNo.Contains(a.Trim().TrimEnd('.', '!'), StringComparer.OrdinalIgnoreCase));
        // A leading question gets reworded first; asking for a "don't know" on top would be noise.
        if (isYesNo && answers.Count == options.Count && rules.Scale.OpinionYesNo.IsMatch(text) && !findings.Has(LintCodes.Leading))
        {
            findings.Add(NotInText(LintCodes.MissingDontKnow, LintMessages.MissingDontKnow, rules));
        }
    }

    private static LintWarning NotInText(string code, string message, LanguageRules rules) =>
        new(code, LintSeverity.Warning, message, rules.Advice[code], 0, 0);
}
