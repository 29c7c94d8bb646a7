using Ekko.Text.Languages;
using Lucene.Net.Analysis.Da;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.No;
using Lucene.Net.Analysis.Sv;
using Lucene.Net.Analysis.Util;

namespace Ekko.Text.Keyphrases;

/// <summary>Snowball's stopword lists as shipped with Lucene.Net (BSD), for keyphrases and topic discovery.</summary>
public sealed class Stopwords
{
    private readonly CharArraySet set;

    private Stopwords(CharArraySet set) => this.set = set;

    private static readonly Dictionary<string, Lazy<Stopwords>> Lists = new(StringComparer.Ordinal)
    {
        [LanguageCodes.Swedish] = new(() => new Stopwords(SwedishAnalyzer.DefaultStopSet)),
        [LanguageCodes.Norwegian] = new(() => new Stopwords(NorwegianAnalyzer.DefaultStopSet)),
        [LanguageCodes.Danish] = new(() => new Stopwords(DanishAnalyzer.DefaultStopSet)),
        [LanguageCodes.English] = new(() => new Stopwords(EnglishAnalyzer.DefaultStopSet)),
    };

    public static Stopwords For(string language) => Lists.TryGetValue(language, out var list) ? list.Value : Lists[LanguageCodes.English].Value;

    public bool Contains(string word) => set.Contains(word);
}
