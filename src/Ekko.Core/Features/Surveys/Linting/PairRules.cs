using System.Text.RegularExpressions;

namespace Ekko.Core.Features.Surveys.Linting;

/// <summary>
/// What a language needs to find double-barrelled questions: "X and Y" where X and Y are both evaluative
/// adjectives ("fast and friendly") or both things that can be rated ("price and quality"), and a second
/// question joined to the first ("... and was it in stock?").
/// </summary>
/// <param name="Conjunctions">Words that join the two halves ("and", "och", "og").</param>
/// <param name="Skippable">Words between the conjunction and the second half that carry no topic (articles, possessives, intensifiers).</param>
/// <param name="FixedPairs">Set phrases that name one thing ("terms and conditions"), lower case, exactly as written.</param>
/// <param name="SecondQuestion">A conjunction that starts a second question; its <c>conj</c> group is the conjunction.</param>
internal sealed record PairRules(
    IReadOnlyList<string> Conjunctions,
    StemList Adjectives,
    StemList Topics,
    IReadOnlyList<string> Skippable,
    IReadOnlyList<string> FixedPairs,
    Regex SecondQuestion);
