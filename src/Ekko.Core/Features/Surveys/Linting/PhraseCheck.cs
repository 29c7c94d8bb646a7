using System.Text.RegularExpressions;

namespace Ekko.Core.Features.Surveys.Linting;

/// <summary>Runs a language's wording rules over the question text.</summary>
internal static class PhraseCheck
{
    public static void Run(string text, LanguageRules rules, LintFindings findings)
    {
        var isStatement = !text.Contains('?', StringComparison.Ordinal);
        foreach (var rule in rules.Phrases)
        {
            if (rule.StatementsOnly && !isStatement)
            {
                continue;
            }

            foreach (var match in Matches(rule, text))
            {
                var span = match.Groups["span"] is { Success: true } group ? (Capture)group : match;
                var message = LintMessages.Fill(rule.Message, span.Value.Trim());
                var suggestion = rule.Rewrite is null ? rules.Advice[rule.Code] : Reword(text, match, rule.Rewrite);
                findings.Add(new LintWarning(rule.Code, LintSeverity.Warning, message, suggestion, span.Index, span.Length));
            }
        }
    }

    /// <summary>
    /// A rule that times out on a pathological text is skipped: linting is advice, and the other rules still run.
    /// </summary>
    private static List<Match> Matches(PhraseRule rule, string text)
    {
        try
        {
            return rule.Pattern.Matches(text).ToList();
        }
        catch (RegexMatchTimeoutException)
        {
            return [];
        }
    }

    /// <summary>The whole question with the matched words replaced, so the author can take it as it is.</summary>
    private static string Reword(string text, Match match, Func<Match, string> rewrite)
    {
        var replacement = rewrite(match);
        if (match.Length > 0 && replacement.Length > 0 && char.IsLower(match.Value[0]))
        {
            replacement = Rewrites.Lower(replacement);
        }

        return Rewrites.Tidy(string.Concat(text.AsSpan(0, match.Index), replacement, text.AsSpan(match.Index + match.Length)));
    }
}
