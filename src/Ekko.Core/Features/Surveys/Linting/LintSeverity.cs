namespace Ekko.Core.Features.Surveys.Linting;

public enum LintSeverity
{
    /// <summary>Worth a look, but may be intended (an abbreviation that could be a brand name).</summary>
    Info,

    /// <summary>Likely to bias or confuse respondents.</summary>
    Warning,
}
