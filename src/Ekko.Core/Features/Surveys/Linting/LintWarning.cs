namespace Ekko.Core.Features.Surveys.Linting;

/// <summary>
/// One problem found in a question.
/// </summary>
/// <param name="Code">A stable identifier from <see cref="LintCodes"/>, for the API and the builder.</param>
/// <param name="Severity">How sure the linter is that this hurts the answers.</param>
/// <param name="Message">Why it is a problem, in English.</param>
/// <param name="Suggestion">A neutral rewording in the question's own language, or advice in that language when no rewording can be derived.</param>
/// <param name="Start">Where the offending words start in the question text (0 with <paramref name="Length"/> 0 when the problem is not in the text, such as a scale's labels).</param>
/// <param name="Length">How many characters the offending words cover.</param>
public sealed record LintWarning(string Code, LintSeverity Severity, string Message, string Suggestion, int Start, int Length);
