using Ekko.Text.Tokens;

namespace Ekko.Text.Languages;

/// <summary>
/// Tells Swedish, Norwegian, Danish and English apart, restricted to the languages a workspace uses. Evidence, in
/// order of strength: function words unique to a language ("och/og", "inte/ikke", "af/av", "hvad/hva", "jeg/jag"),
/// letters (ä/ö against æ/ø), and character trigrams. Texts too short to decide fall back to the hint (the customer's
/// language). A few dictionary lookups per word: no model file, about a megabyte of tables.
/// </summary>
public sealed class LanguageDetector
{
    private const double TrigramWeight = 0.6;
    private const double LetterWeight = 1.5;

    /// <summary>Below this margin between the best and the runner-up, a hint decides.</summary>
    private const double DecisiveMargin = 1.0;

    private readonly string[] languages;
    private readonly LanguageProfile[] profiles;
    private readonly CharTrigramProfile[] trigrams;
    private readonly Dictionary<string, double> functionWordShare;

    public LanguageDetector(IReadOnlyList<string> languages)
    {
        ArgumentNullException.ThrowIfNull(languages);
        if (languages.Count == 0)
        {
            throw new ArgumentException("at least one language is needed", nameof(languages));
        }

        this.languages = [.. languages.Select(l => LanguageCodes.Normalize(l) ?? throw new ArgumentException($"unsupported language '{l}'", nameof(languages))).Distinct()];
        profiles = [.. this.languages.Select(LanguageProfiles.For)];
        trigrams = [.. this.languages.Select(CharTrigramProfile.For)];

        // A word shared by all four languages ("men", "for") says little; one found in a single language says a lot.
        functionWordShare = new Dictionary<string, double>(StringComparer.Ordinal);
        var all = LanguageCodes.Supported.Select(LanguageProfiles.For).ToArray();
        foreach (var word in all.SelectMany(p => p.FunctionWords).Distinct())
        {
            functionWordShare[word] = 2.0 / all.Count(p => p.FunctionWords.Contains(word));
        }
    }

    public IReadOnlyList<string> Languages => languages;

    /// <summary>The language of the text among the configured ones; <paramref name="hint"/> decides texts too short to tell.</summary>
    public string Detect(IReadOnlyList<Token> tokens, string? hint)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var fallback = LanguageCodes.Normalize(hint) is { } h && Array.IndexOf(languages, h) >= 0 ? h : null;
        if (languages.Length == 1)
        {
            return languages[0];
        }

        Span<double> scores = stackalloc double[languages.Length];
        Span<double> trigram = stackalloc double[languages.Length];
        var words = 0;
        foreach (var token in tokens)
        {
            if (!token.IsWord)
            {
                continue;
            }

            words++;
            var word = token.Text;
            double best = double.MinValue;
            for (var l = 0; l < languages.Length; l++)
            {
                if (profiles[l].FunctionWords.Contains(word))
                {
                    scores[l] += functionWordShare[word];
                }

                trigram[l] = trigrams[l].Score(word);
                best = Math.Max(best, trigram[l]);
            }

            for (var l = 0; l < languages.Length; l++)
            {
                scores[l] += TrigramWeight * (trigram[l] - best);
            }

            AddLetterEvidence(word, scores);
        }

        var first = 0;
        for (var l = 1; l < languages.Length; l++)
        {
            if (scores[l] > scores[first])
            {
                first = l;
            }
        }

        var margin = double.MaxValue;
        for (var l = 0; l < languages.Length; l++)
        {
            if (l != first)
            {
                margin = Math.Min(margin, scores[first] - scores[l]);
            }
        }

        if (fallback is not null && (words < 3 || margin < DecisiveMargin))
        {
            return fallback;
        }

        return languages[first];
    }

    private void AddLetterEvidence(string word, Span<double> scores)
    {
        foreach (var c in word)
        {
            switch (c)
            {
                case 'ä' or 'ö':
                    Add(scores, LanguageCodes.Swedish, LetterWeight);
                    break;
                case 'æ' or 'ø':
                    Add(scores, LanguageCodes.Norwegian, LetterWeight);
                    Add(scores, LanguageCodes.Danish, LetterWeight);
                    break;
                case 'å':
                    Add(scores, LanguageCodes.Swedish, LetterWeight / 3);
                    Add(scores, LanguageCodes.Norwegian, LetterWeight / 3);
                    Add(scores, LanguageCodes.Danish, LetterWeight / 3);
                    break;
            }
        }
    }

    private void Add(Span<double> scores, string language, double amount)
    {
        var index = Array.IndexOf(languages, language);
        if (index >= 0)
        {
            scores[index] += amount;
        }
    }
}
