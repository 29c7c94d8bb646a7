namespace Ekko.Core.Features.TextInsights;

/// <summary>
/// Which texts a theme summary or emerging-topics query counts. Survey comments and public mentions are counted apart:
/// they come from different people (customers asked about an experience, anyone posting about the brand), so a
/// share of one is not a share of the other, and a burst on social media should not move the survey comments' numbers.
/// </summary>
public enum TextSource
{
    Comments,
    Mentions,
}
