using System.Text.RegularExpressions;

namespace Ekko.Core.Features.Surveys.Linting;

/// <summary>
/// Words that tell whether a scale label or an answer option is negative, neutral or positive, and whether an
/// option is a "don't know" way out. Stems match by prefix ("dissatisf" covers "dissatisfied").
/// </summary>
/// <param name="Negations">Whole words that make a label negative whatever follows ("not at all useful").</param>
/// <param name="YesNo">The words of a plain yes/no option pair.</param>
/// <param name="OpinionYesNo">Questions asking for a belief or a prediction, where a yes/no answer needs a "don't know".</param>
internal sealed record ScaleLexicon(
    IReadOnlyList<string> Positive,
    IReadOnlyList<string> Negative,
    IReadOnlyList<string> Neutral,
    IReadOnlyList<string> Negations,
    IReadOnlyList<string> DontKnow,
    IReadOnlyList<string> YesNo,
    Regex OpinionYesNo);
