using System.Text.RegularExpressions;

namespace Ekko.Core.Features.Surveys.Linting;

/// <summary>Reads whether a scale label or answer option is negative (-1), neutral (0) or positive (+1).</summary>
internal static partial class LabelPolarity
{
    public static bool IsDontKnow(string label, ScaleLexicon lexicon) =>
        lexicon.DontKnow.Any(d => label.Contains(d, StringComparison.OrdinalIgnoreCase));

    /// <summary>The polarity, or null when the label carries none ("1", "Every week", "Yes").</summary>
    public static int? Classify(string label, ScaleLexicon lexicon)
    {
        var words = Words().Matches(label).Select(m => m.Value.ToLowerInvariant()).ToList();
        // Neutral first ("neither satisfied nor dissatisfied"), then negative, because a negation or a negative
        // prefix turns a positive word around ("not at all useful", "missnöjd").
        if (words.Exists(w => lexicon.Neutral.Any(n => w.StartsWith(n, StringComparison.Ordinal))))
        {
            return 0;
        }

        if (words.Exists(w => lexicon.Negations.Contains(w) || lexicon.Negative.Any(n => w.StartsWith(n, StringComparison.Ordinal))))
        {
            return -1;
        }

        return words.Exists(w => lexicon.Positive.Any(p => w.StartsWith(p, StringComparison.Ordinal))) ? 1 : null;
    }

    [GeneratedRegex(@"[\p{L}][\p{L}'’\-/]*", RegexOptions.CultureInvariant)]
    private static partial Regex Words();
}
