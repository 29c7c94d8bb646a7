using System.Collections.Frozen;

namespace Ekko.Text.Languages;

/// <summary>
/// The closed-class words of one language that sentiment, themes and language detection need: they are few,
/// they decide meaning ("inte", "men", "jätte-") and no lexicon lists them, so they are written out here.
/// </summary>
public sealed record LanguageProfile
{
    public required string Code { get; init; }

    /// <summary>Words that flip the sentiment of what they govern ("inte", "ikke", "never", "utan").</summary>
    public required FrozenSet<string> Negators { get; init; }

    /// <summary>Words after a negator that cancel the negation ("inte bara" = not only).</summary>
    public required FrozenSet<string> NegationCancellers { get; init; }

    /// <summary>Intensifiers ("väldigt", "kjempe", "meget") with the amount they add to a word's valence.</summary>
    public required FrozenDictionary<string, double> Boosters { get; init; }

    /// <summary>Words that may stand between a verb and a trailing negator ("jag gillar <b>det</b> inte").</summary>
    public required FrozenSet<string> PostNegationFillers { get; init; }

    /// <summary>Contrast conjunctions: what follows weighs more than what went before ("bra pris men ...").</summary>
    public required FrozenSet<string> ContrastWords { get; init; }

    /// <summary>Words that end the reach of a negation ("att", "som", "and").</summary>
    public required FrozenSet<string> ClauseBreakers { get; init; }

    /// <summary>Compound prefixes that intensify the word they are glued to ("jättebra", "kjempefornøyd", "pissedårligt").</summary>
    public required IReadOnlyList<string> IntensifierPrefixes { get; init; }

    /// <summary>Frequent function words, the strongest evidence for telling sv, nb, da and en apart.</summary>
    public required FrozenSet<string> FunctionWords { get; init; }

    /// <summary>Whether a negator may follow the word it negates (Nordic verb-second order: "gillar det inte").</summary>
    public required bool NegationFollowsVerb { get; init; }

    internal static FrozenSet<string> Set(string words) =>
        words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

    internal static FrozenDictionary<string, double> Weighted(string words, double weight) =>
        words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenDictionary(w => w, _ => weight, StringComparer.Ordinal);

    internal static FrozenDictionary<string, double> Boost(string up, string down) =>
        up.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => KeyValuePair.Create(w, Increment))
            .Concat(down.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => KeyValuePair.Create(w, -Increment)))
            .ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>VADER's empirically derived booster increment.</summary>
    internal const double Increment = 0.293;
}
