namespace Ekko.Core.Features.Surveys.Linting;

/// <summary>
/// Everything the linter knows about one language. The tables live in one file per language
/// (<see cref="EnglishRules"/>, <see cref="SwedishRules"/>, <see cref="NorwegianRules"/>, <see cref="DanishRules"/>).
/// </summary>
/// <param name="Phrases">Wording rules, checked in order; an earlier rule's finding hides a later overlapping one of the same code.</param>
/// <param name="Advice">Per code, what to do instead, in this language, for findings without an automatic rewording.</param>
internal sealed record LanguageRules(
    string Language,
    IReadOnlyList<PhraseRule> Phrases,
    PairRules Pairs,
    ScaleLexicon Scale,
    IReadOnlyDictionary<string, string> Advice)
{
    /// <summary>The rules for a language tag; Norwegian Nynorsk and the macro tag "no" share the Bokmål tables, anything unknown gets English.</summary>
    public static LanguageRules For(string language)
    {
        var primary = (language ?? "").Split('-', '_')[0].Trim().ToLowerInvariant();
        return primary switch
        {
            "sv" => SwedishRules.Rules,
            "nb" or "no" or "nn" => NorwegianRules.Rules,
            "da" => DanishRules.Rules,
            _ => EnglishRules.Rules,
        };
    }
}
