using System.Collections.Frozen;
using System.Globalization;
using Ekko.Text.Languages;
using Ekko.Text.Stemming;

namespace Ekko.Text.Sentiment;

/// <summary>
/// Valences (VADER's scale, -4..4) for words, stems, phrases and emoji of one language, built from the embedded
/// lexicons: for English VADER, then AFINN-165 for words VADER lacks; for Swedish, Norwegian and Danish a
/// machine-translated AFINN at reduced weight as background; and on top the project's curated
/// customer-experience list, which always wins (machine translation gets signs wrong).
/// </summary>
public sealed class SentimentLexicon
{
    /// <summary>Machine-translated entries are trusted less: their weight and the word classes they may not touch.</summary>
    private const double BackgroundWeight = 0.6;

    /// <summary>AFINN runs -5..5, VADER -4..4.</summary>
    private const double AfinnToVader = 0.8;

    private readonly FrozenDictionary<string, double> words;
    private readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> wordsBySpan;
    private readonly FrozenDictionary<string, double> curatedStems;
    private readonly FrozenDictionary<string, PhraseEntry[]> phrasesByFirstStem;
    private readonly LanguageProfile profile;

    private SentimentLexicon(string language, FrozenDictionary<string, double> words, FrozenDictionary<string, double> curatedStems,
        FrozenDictionary<string, PhraseEntry[]> phrases)
    {
        Language = language;
        profile = LanguageProfiles.For(language);
        this.words = words;
        wordsBySpan = words.GetAlternateLookup<ReadOnlySpan<char>>();
        this.curatedStems = curatedStems;
        phrasesByFirstStem = phrases;
    }

    public string Language { get; }

    public int WordCount => words.Count;

    internal FrozenDictionary<string, PhraseEntry[]> Phrases => phrasesByFirstStem;

    private static readonly Lazy<FrozenDictionary<string, double>> Emoji = new(() =>
        Parse(EmbeddedResources.ReadLines("Lexicons/emoji.tsv")).ToFrozenDictionary(e => e.Entry, e => e.Valence, StringComparer.Ordinal));

    private static readonly Dictionary<string, Lazy<SentimentLexicon>> Cache = LanguageCodes.Supported
        .ToDictionary(code => code, code => new Lazy<SentimentLexicon>(() => Build(code)));

    /// <summary>The lexicon of a supported language, built once per process (thread-safe).</summary>
    public static SentimentLexicon For(string language) =>
        Cache.TryGetValue(language, out var lexicon) ? lexicon.Value : throw new ArgumentException($"unsupported language '{language}'", nameof(language));

    public static double? EmojiValence(string key) => Emoji.Value.TryGetValue(key, out var v) ? v : null;

    /// <summary>The valence of one word: its own form, then its stem in the curated list, then a compound's head.</summary>
    public double? WordValence(string word, string stem)
    {
        if (words.TryGetValue(word, out var v))
        {
            return v;
        }

        if (curatedStems.TryGetValue(stem, out v))
        {
            return v;
        }

        if (PrefixedValence(word) is { } prefixed)
        {
            return prefixed;
        }

        // Nordic compounds put the head last: "leveransproblem" is a problem, "betalningskaos" chaos.
        if (profile.NegationFollowsVerb && word.Length >= 8)
        {
            for (var start = 3; start <= word.Length - 5; start++)
            {
                if (wordsBySpan.TryGetValue(word.AsSpan(start), out v) && Math.Abs(v) >= 1.2)
                {
                    return v * 0.9;
                }
            }
        }

        return null;
    }

    /// <summary>The valence of a word glued to an intensifier prefix ("jättebra", "kjempefornøyd"), boosted, or null.</summary>
    public double? PrefixedValence(string word)
    {
        foreach (var prefix in profile.IntensifierPrefixes)
        {
            if (word.Length >= prefix.Length + 3 && word.StartsWith(prefix, StringComparison.Ordinal))
            {
                var rest = word[prefix.Length..].TrimStart('-');
                if (rest.Length >= 2 && (words.TryGetValue(rest, out var v) || curatedStems.TryGetValue(SnowballStemmer.Stem(rest, Language), out v)))
                {
                    return v + (Math.Sign(v) * LanguageProfile.Increment * 2);
                }
            }
        }

        return null;
    }

    private static SentimentLexicon Build(string language)
    {
        var profile = LanguageProfiles.For(language);
        var words = new Dictionary<string, double>(StringComparer.Ordinal);
        var stems = new Dictionary<string, double>(StringComparer.Ordinal);
        var phrases = new Dictionary<string, List<PhraseEntry>>(StringComparer.Ordinal);

        // Closed-class words are handled by rules; a lexicon valence on them ("helt", "mot", "dom" in the machine
        // translation) would be noise.
        var ruleWords = new HashSet<string>(profile.FunctionWords.Concat(profile.Negators).Concat(profile.Boosters.Keys)
            .Concat(profile.PostNegationFillers).Concat(profile.ContrastWords).Concat(profile.ClauseBreakers), StringComparer.Ordinal);

        if (language == LanguageCodes.English)
        {
            foreach (var (entry, valence) in Parse(EmbeddedResources.ReadLines("Lexicons/vader-en.tsv")))
            {
                words[entry] = valence;
            }

            foreach (var (entry, valence) in Parse(EmbeddedResources.ReadLines("Lexicons/afinn165-en.tsv")))
            {
                if (entry.Contains(' ', StringComparison.Ordinal))
                {
                    AddPhrase(phrases, entry, valence * AfinnToVader, language);
                }
                else
                {
                    words.TryAdd(entry, valence * AfinnToVader);
                }
            }

            // VADER lists inflected forms; its stems give a fallback for forms it lacks ("recommending").
            foreach (var (entry, valence) in words.Where(w => w.Key.All(char.IsLetter)))
            {
                var stem = SnowballStemmer.Stem(entry, language);
                if (stem.Length >= 4 || stem == entry)
                {
                    stems.TryAdd(stem, valence);
                }
            }
        }
        else
        {
            foreach (var (entry, valence) in Parse(EmbeddedResources.ReadLines($"Lexicons/afinn-mt-{language}.tsv")))
            {
                if (!entry.Contains(' ', StringComparison.Ordinal) && !ruleWords.Contains(entry) && entry.All(char.IsLetter))
                {
                    words.TryAdd(entry, valence * AfinnToVader * BackgroundWeight);
                }
            }
        }

        foreach (var word in ruleWords)
        {
            words.Remove(word);
        }

        foreach (var (entry, valence) in Parse(EmbeddedResources.ReadLines($"Lexicons/cx-{language}.tsv")))
        {
            if (entry.Contains(' ', StringComparison.Ordinal))
            {
                AddPhrase(phrases, entry, valence, language);
            }
            else
            {
                words[entry] = valence;
                var stem = SnowballStemmer.Stem(entry, language);
                if (stem.Length >= 4 || stem == entry)
                {
                    stems[stem] = valence;
                }
            }
        }

        return new SentimentLexicon(language, words.ToFrozenDictionary(StringComparer.Ordinal), stems.ToFrozenDictionary(StringComparer.Ordinal),
            phrases.ToFrozenDictionary(p => p.Key, p => p.Value.OrderByDescending(e => e.Stems.Length).ToArray(), StringComparer.Ordinal));
    }

    private static void AddPhrase(Dictionary<string, List<PhraseEntry>> phrases, string entry, double valence, string language)
    {
        var parts = entry.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => SnowballStemmer.Stem(w, language)).ToArray();
        if (!phrases.TryGetValue(parts[0], out var list))
        {
            phrases[parts[0]] = list = [];
        }

        list.RemoveAll(p => p.Stems.SequenceEqual(parts));
        list.Add(new PhraseEntry(parts, valence));
    }

    internal static IEnumerable<(string Entry, double Valence)> Parse(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0 && double.TryParse(line.AsSpan(tab + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var valence))
            {
                yield return (line[..tab].Trim().ToLowerInvariant(), valence);
            }
        }
    }
}
