using System.Globalization;
using System.Text.RegularExpressions;

namespace Ekko.Core.Features.Surveys.Linting;

/// <summary>Ways to turn a matched phrase into neutral words, used by the language rule tables.</summary>
internal static partial class Rewrites
{
    /// <summary>Replaces the match with a regex substitution such as <c>"How would you rate ${rest}?"</c>.</summary>
    public static Func<Match, string> Template(string substitution) => m => m.Result(substitution);

    /// <summary>Drops the matched word (a loaded adjective) and keeps the rest of the sentence.</summary>
    public static Func<Match, string> Remove { get; } = _ => " ";

    /// <summary>
    /// Turns a yes/no question with "always"/"never" into a frequency question: "Do you always find ..." becomes
    /// "How often do you find ...". The pattern captures <c>verb</c>, <c>mid</c> and <c>rest</c>.
    /// </summary>
    public static Func<Match, string> HowOften(string howOften) =>
        m => $"{howOften} {Lower(m.Groups["verb"].Value)} {m.Groups["mid"].Value}{m.Groups["rest"].Value}?";

    /// <summary>
    /// Turns a negative or yes/no agreement question into a degree question: "Håller du inte med om att X" becomes
    /// "I vilken grad håller du med om att X". The pattern captures the verb as <c>v</c> and the rest as <c>rest</c>.
    /// </summary>
    public static Func<Match, string> ToWhatDegree(string toWhatDegree, string pronoun) =>
        m => $"{toWhatDegree} {Lower(m.Groups["v"].Value)} {pronoun}{m.Groups["rest"].Value}?";

    public static string Lower(string word) =>
        word.Length == 0 ? word : char.ToLower(word[0], CultureInfo.InvariantCulture) + word[1..];

    public static string Upper(string word) =>
        word.Length == 0 ? word : char.ToUpper(word[0], CultureInfo.InvariantCulture) + word[1..];

    /// <summary>Repairs what splicing leaves behind: doubled spaces, a space before punctuation, a lower-case start.</summary>
    public static string Tidy(string text)
    {
        var tidy = SpaceRun().Replace(text, " ");
        tidy = SpaceBeforePunctuation().Replace(tidy, "$1");
        tidy = RepeatedQuestionMark().Replace(tidy, "?");
        return Upper(tidy.Trim());
    }

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex SpaceRun();

    [GeneratedRegex(@"\s+([?.,!:;])")]
    private static partial Regex SpaceBeforePunctuation();

    [GeneratedRegex(@"\?{2,}")]
    private static partial Regex RepeatedQuestionMark();
}
