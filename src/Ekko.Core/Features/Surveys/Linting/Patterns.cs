using System.Text.RegularExpressions;

namespace Ekko.Core.Features.Surveys.Linting;

/// <summary>Building blocks shared by the language rule tables.</summary>
internal static class Patterns
{
    /// <summary>The start of a sentence: most leading forms are only leading at the head of a question.</summary>
    public const string SentenceStart = @"(?<=^\s*|[.!?:]\s+)";

    /// <summary>The start of a sentence or of a clause after a comma ("Overall, how great was ...").</summary>
    public const string ClauseStart = @"(?<=^\s*|[.!?:,;]\s+)";

    /// <summary>The rest of the sentence, up to its question mark, which the rewrite keeps.</summary>
    public const string Rest = @"(?<rest>[^?.!]+)\??";

    // Question texts come from users; the timeout keeps a pathological text from stalling a request. The patterns
    // are interpreted, not compiled: texts are a sentence or two, and compiling a hundred patterns per language
    // costs more at start-up (and on a busy machine can exceed the timeout on first use) than it ever saves.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    public static Regex Compile(string pattern) =>
        new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);
}
