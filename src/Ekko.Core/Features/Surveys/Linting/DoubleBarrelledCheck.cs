using System.Text.RegularExpressions;

namespace Ekko.Core.Features.Surveys.Linting;

/// <summary>
/// Finds questions that ask about two things: two evaluative adjectives or two rateable topics joined by "and"
/// (set phrases such as "terms and conditions" excepted), a second question joined by "and", or two question marks.
/// </summary>
internal static partial class DoubleBarrelledCheck
{
    private readonly record struct Word(string Text, int Index)
    {
        public int End => Index + Text.Length;
    }

    public static void Run(string text, LanguageRules rules, LintFindings findings)
    {
        var pairs = rules.Pairs;
        var words = WordPattern().Matches(text).Select(m => new Word(m.Value, m.Index)).ToList();
        for (var i = 1; i < words.Count - 1; i++)
        {
            if (!pairs.Conjunctions.Contains(words[i].Text, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            var left = words[i - 1];
            var j = i + 1;
            while (j < words.Count - 1 && pairs.Skippable.Contains(words[j].Text, StringComparer.OrdinalIgnoreCase))
            {
                j++;
            }

            var right = words[j];
            var bothAdjectives = pairs.Adjectives.Matches(left.Text) && pairs.Adjectives.Matches(right.Text);
            var bothTopics = pairs.Topics.Matches(left.Text) && pairs.Topics.Matches(right.Text);
            if (!(bothAdjectives || bothTopics) || IsFixedPair(text, left, words[i], right, pairs))
            {
                continue;
            }

            var span = text[left.Index..right.End];
            var secondStart = bothTopics && j > i + 1 ? LeftPhraseStart(words, i - 1, pairs) : left.Index;
            var first = Rewrites.Tidy(text[..left.Index] + left.Text + text[right.End..]);
            var second = Rewrites.Tidy(text[..secondStart] + text[(words[i].End)..right.End].Trim() + text[right.End..]);
            findings.Add(new LintWarning(
                LintCodes.DoubleBarrelled,
                LintSeverity.Warning,
                LintMessages.Fill(LintMessages.TwoThings, span),
                $"{first} {second}",
                left.Index,
                right.End - left.Index));
        }

        foreach (Match match in pairs.SecondQuestion.Matches(text))
        {
            var conjunction = match.Groups["conj"];
            var first = Rewrites.Tidy(text[..conjunction.Index].TrimEnd(' ', ',') + "?");
            var second = Rewrites.Tidy(text[(conjunction.Index + conjunction.Length)..]);
            findings.Add(new LintWarning(
                LintCodes.DoubleBarrelled,
                LintSeverity.Warning,
                LintMessages.Fill(LintMessages.TwoQuestions, match.Value.Trim(' ', ',')),
                $"{first} {second}",
                match.Index,
                match.Length));
        }

        var firstQuestionMark = text.IndexOf('?', StringComparison.Ordinal);
        var afterFirst = firstQuestionMark + 1;
        if (firstQuestionMark >= 0 && text.IndexOf('?', afterFirst) > afterFirst && text[afterFirst..].Trim().Length > 1)
        {
            var rest = text[afterFirst..];
            var start = afterFirst + (rest.Length - rest.TrimStart().Length);
            findings.Add(new LintWarning(
                LintCodes.DoubleBarrelled,
                LintSeverity.Warning,
                LintMessages.Fill(LintMessages.TwoQuestions, text[start..].Trim()),
                rules.Advice[LintCodes.DoubleBarrelled],
                start,
                text.TrimEnd().Length - start));
        }
    }

    /// <summary>
    /// Where the first topic's phrase starts, so that "the waiting time and the help" becomes "the help" and not
    /// "the waiting the help" when the second topic brings its own article or possessive.
    /// </summary>
    private static int LeftPhraseStart(List<Word> words, int left, PairRules pairs)
    {
        for (var k = left - 1; k >= Math.Max(0, left - 2); k--)
        {
            if (pairs.Skippable.Contains(words[k].Text, StringComparer.OrdinalIgnoreCase))
            {
                return words[k].Index;
            }
        }

        return words[left].Index;
    }

    private static bool IsFixedPair(string text, Word left, Word conjunction, Word right, PairRules pairs)
    {
        var written = $"{left.Text} {conjunction.Text} {text[conjunction.End..right.End].Trim()}";
        return pairs.FixedPairs.Any(p => written.EndsWith(p, StringComparison.OrdinalIgnoreCase)
            || $"{left.Text} {conjunction.Text} {right.Text}".Equals(p, StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’\-]*|&", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
