namespace Ekko.Core.Features.Surveys.Linting;

/// <summary>The stable codes of <see cref="LintWarning"/>; clients key help texts and filters on them.</summary>
public static class LintCodes
{
    /// <summary>The wording hints at the wanted answer ("How great was...", "Don't you agree...", "Most customers love...").</summary>
    public const string Leading = "leading";

    /// <summary>An emotionally charged word describes the thing being rated ("our award-winning service").</summary>
    public const string Loaded = "loaded";

    /// <summary>The question presupposes a positive experience ("How much did you enjoy...").</summary>
    public const string Assumption = "assumption";

    /// <summary>Two things are asked at once ("fast and friendly").</summary>
    public const string DoubleBarrelled = "double_barrelled";

    /// <summary>An absolute (always, never, every, all) that few can honestly answer yes to.</summary>
    public const string Absolute = "absolute";

    /// <summary>A negated statement or a double negation that is easy to misread.</summary>
    public const string NegativeWording = "negative_wording";

    /// <summary>Internal or technical vocabulary respondents may not know.</summary>
    public const string Jargon = "jargon";

    /// <summary>Too long to read comfortably on a phone.</summary>
    public const string TooLong = "too_long";

    /// <summary>The scale has more positive than negative points, or the reverse.</summary>
    public const string UnbalancedScale = "unbalanced_scale";

    /// <summary>A rating scale without labels on both ends.</summary>
    public const string UnlabeledScale = "unlabeled_scale";

    /// <summary>An opinion scale of options with no middle option.</summary>
    public const string MissingNeutralOption = "missing_neutral_option";

    /// <summary>A yes/no opinion or prediction with no way to say "don't know".</summary>
    public const string MissingDontKnow = "missing_dont_know";
}
