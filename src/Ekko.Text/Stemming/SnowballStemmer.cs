using Ekko.Text.Languages;
using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Ekko.Text.Stemming;

/// <summary>
/// Snowball stemming (Lucene.Net's ports of the Swedish, Norwegian, Danish and English stemmers). The stemmers keep
/// state between calls, so each thread gets its own set: cheap, and no lock on the hot path.
/// </summary>
public static class SnowballStemmer
{
    [ThreadStatic]
    private static SnowballProgram?[]? stemmers;

    public static string Stem(string word, string language)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < 3)
        {
            return word;
        }

        var index = Index(language);
        stemmers ??= new SnowballProgram?[4];
        var stemmer = stemmers[index] ??= index switch
        {
            0 => new SwedishStemmer(),
            1 => new NorwegianStemmer(),
            2 => new DanishStemmer(),
            _ => new EnglishStemmer(),
        };
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }

    private static int Index(string language) => language switch
    {
        LanguageCodes.Swedish => 0,
        LanguageCodes.Norwegian => 1,
        LanguageCodes.Danish => 2,
        _ => 3,
    };
}
