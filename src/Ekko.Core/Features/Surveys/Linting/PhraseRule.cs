using System.Text.RegularExpressions;

namespace Ekko.Core.Features.Surveys.Linting;

/// <summary>
/// A wording pattern that signals a problem. The match's <c>span</c> group (or the whole match) is what the
/// builder highlights; <see cref="Rewrite"/> turns the whole match into neutral words, and the rest of the
/// question is kept around it, so the suggestion is the full reworded question.
/// </summary>
internal sealed record PhraseRule(string Code, Regex Pattern, string Message, Func<Match, string>? Rewrite = null)
{
    /// <summary>Only for statements (agree/disagree items), where a plain "not" is easy to overlook.</summary>
    public bool StatementsOnly { get; init; }
}
