namespace Ekko.Core.Features.Surveys.Linting;

/// <summary>
/// The English explanations of the findings, shared by all languages ({0} is the offending words). They say why
/// the wording hurts the answers, because authors fix what they understand.
/// </summary>
internal static class LintMessages
{
    public const string EvaluativeHow =
        "\"{0}\" builds the hoped-for answer into the question; respondents drift toward it. Ask for a rating without describing the thing.";

    public const string NegativeQuestion =
        "\"{0}\" is a negative question: it expects the answer \"yes\" and makes disagreeing feel like contradicting you.";

    public const string AgreeYesNo =
        "\"{0}\" asks for agreement with one side only; many people say yes to please (acquiescence). Ask to what degree they agree or disagree.";

    public const string TagQuestion =
        "The tag \"{0}\" asks the respondent to confirm your opinion rather than give theirs.";

    public const string Presumption =
        "\"{0}\" tells the respondent what the obvious answer is.";

    public const string Bandwagon =
        "\"{0}\" tells respondents what others think; people conform to it instead of answering for themselves.";

    public const string LoadedWord =
        "\"{0}\" is an emotionally charged description of the thing being rated; it colours the answer before it is given.";

    public const string AssumedPositive =
        "\"{0}\" assumes the respondent had a positive experience; those who did not have no honest answer.";

    public const string AssumedPreference =
        "\"{0}\" assumes the respondent prefers it; ask whether before asking why.";

    public const string DoubleNegation =
        "\"{0}\" is a double negation; respondents misread it and answer the opposite of what they mean.";

    public const string NegatedStatement =
        "\"{0}\" negates the statement; on an agree/disagree scale, disagreeing with a negation is easy to get wrong.";

    public const string AbsoluteWord =
        "\"{0}\" is an absolute; almost nothing happens always, never or for everyone, so honest respondents must answer no.";

    public const string JargonWord =
        "\"{0}\" is internal or technical vocabulary; respondents who do not know it guess or skip.";

    public const string UnknownAbbreviation =
        "\"{0}\" looks like an abbreviation respondents may not know (ignore this if it is a brand name they know).";

    public const string TwoThings =
        "\"{0}\" asks about two things at once; someone who rates one well and the other badly cannot answer, and you cannot tell which one a score is about.";

    public const string TwoQuestions =
        "\"{0}\" starts a second question; each question should ask one thing.";

    public const string TooLong =
        "The question has {0}; more than about 25 words or 150 characters does not fit a phone screen and is skimmed, not read.";

    public const string UnlabeledScale =
        "The rating scale has no labels on its ends; respondents cannot tell whether 1 or 5 is the good end, or what a point means.";

    public const string UnbalancedScale =
        "The scale has {0} positive and {1} negative points; an unbalanced scale pushes the average toward the side with more points.";

    public const string MissingNeutral =
        "The options give no middle choice; respondents without a clear opinion are forced to a side, or skip the question.";

    public const string MissingDontKnow =
        "A yes/no question about an opinion or a future intention needs a \"don't know\" option; otherwise guesses are counted as answers.";

    /// <summary>Puts the offending words (and counts) into a message; the templates are ours, so no format parsing is needed.</summary>
    public static string Fill(string template, object first, object? second = null) =>
        template.Replace("{0}", Convert.ToString(first, System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{1}", Convert.ToString(second, System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
