namespace Ekko.Core.Features.Surveys.Linting;

/// <summary>
/// The warnings collected for one question. One stretch of words gets one explanation: a later finding of the
/// same code over the same words is dropped, and word-level findings (a loaded word, an absolute, jargon) give
/// way to any phrase-level finding that already covers them ("How amazing was" is leading, not also loaded).
/// </summary>
internal sealed class LintFindings
{
    private static readonly HashSet<string> WordLevel = [LintCodes.Loaded, LintCodes.Absolute, LintCodes.Jargon];

    private readonly List<LintWarning> warnings = [];

    public IReadOnlyList<LintWarning> Warnings => warnings;

    public bool Has(string code) => warnings.Exists(w => w.Code == code);

    public void Add(LintWarning warning)
    {
        var yields = WordLevel.Contains(warning.Code) || warning.Severity == LintSeverity.Info;
        if (warnings.Exists(w => Overlaps(w, warning) && (yields || w.Code == warning.Code)))
        {
            return;
        }

        warnings.Add(warning);
    }

    private static bool Overlaps(LintWarning a, LintWarning b) =>
        a.Length > 0 && b.Length > 0 && a.Start < b.Start + b.Length && b.Start < a.Start + a.Length;
}
