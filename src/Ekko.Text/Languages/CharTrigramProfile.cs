using System.Collections.Frozen;
using Ekko.Text.Sentiment;

namespace Ekko.Text.Languages;

/// <summary>
/// Character trigram log-probabilities per language, learned at start-up from the word lists this assembly already
/// ships (curated lexicons, machine-translated AFINN, VADER/AFINN for English, function words). They capture
/// spelling habits that single words miss: Norwegian "kj"/"-sjon"/"-het", Danish "-ede"/"-hed"/"-tion", Swedish "-ig".
/// A trigram is packed into a long, so scoring allocates nothing.
/// </summary>
internal sealed class CharTrigramProfile
{
    private readonly FrozenDictionary<long, float> logProbabilities;
    private readonly float unseen;

    private CharTrigramProfile(FrozenDictionary<long, float> logProbabilities, float unseen)
    {
        this.logProbabilities = logProbabilities;
        this.unseen = unseen;
    }

    private static readonly Dictionary<string, Lazy<CharTrigramProfile>> Profiles = LanguageCodes.Supported
        .ToDictionary(code => code, code => new Lazy<CharTrigramProfile>(() => Build(code)));

    public static CharTrigramProfile For(string language) => Profiles[language].Value;

    /// <summary>The mean log-probability of the word's trigrams (padded with spaces).</summary>
    public float Score(string word)
    {
        float sum = 0;
        var n = 0;
        var padded = word.Length + 2;
        for (var i = 0; i + 3 <= padded; i++)
        {
            var key = Pack(CharAt(word, i - 1), CharAt(word, i), CharAt(word, i + 1));
            sum += logProbabilities.TryGetValue(key, out var p) ? p : unseen;
            n++;
        }

        return n == 0 ? 0 : sum / n;
    }

    private static char CharAt(string word, int index) => index < 0 || index >= word.Length ? ' ' : word[index];

    private static long Pack(char a, char b, char c) => ((long)a << 32) | ((long)b << 16) | c;

    private static CharTrigramProfile Build(string language)
    {
        var profile = LanguageProfiles.For(language);
        IEnumerable<string> words = language == LanguageCodes.English
            ? SentimentLexicon.Parse(EmbeddedResources.ReadLines("Lexicons/afinn165-en.tsv")).Select(e => e.Entry)
                .Concat(SentimentLexicon.Parse(EmbeddedResources.ReadLines("Lexicons/cx-en.tsv")).Select(e => e.Entry))
            : SentimentLexicon.Parse(EmbeddedResources.ReadLines($"Lexicons/afinn-mt-{language}.tsv")).Select(e => e.Entry)
                .Concat(SentimentLexicon.Parse(EmbeddedResources.ReadLines($"Lexicons/cx-{language}.tsv")).Select(e => e.Entry));

        var counts = new Dictionary<long, int>();
        var total = 0;
        void Count(string word, int weight)
        {
            for (var i = 0; i + 3 <= word.Length + 2; i++)
            {
                var key = Pack(CharAt(word, i - 1), CharAt(word, i), CharAt(word, i + 1));
                counts[key] = counts.GetValueOrDefault(key) + weight;
                total += weight;
            }
        }

        foreach (var entry in words)
        {
            foreach (var word in entry.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                Count(word, 1);
            }
        }

        // Function words are most of running text, so they count more than a lexicon's rare words.
        foreach (var word in profile.FunctionWords.Concat(profile.Negators).Concat(profile.Boosters.Keys))
        {
            Count(word, 5);
        }

        const int Vocabulary = 30_000;
        var denominator = Math.Log(total + Vocabulary);
        var table = counts.ToFrozenDictionary(c => c.Key, c => (float)(Math.Log(c.Value + 1) - denominator));
        return new CharTrigramProfile(table, (float)-denominator);
    }
}
