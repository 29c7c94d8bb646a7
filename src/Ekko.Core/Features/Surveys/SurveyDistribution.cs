namespace Ekko.Core.Features.Surveys;

/// <summary>
/// How a survey reaches people. Contact limits here override the workspace's for this survey only; the
/// defaults are what most programmes use.
/// </summary>
public sealed record SurveyDistribution(
    bool OpenLink = true,
    int? ContactLimitDays = null,
    int? ReminderAfterDays = 3,
    int InvitationValidDays = 14,
    int SamplingPercent = 100,
    WidgetTargeting? Widget = null)
{
    public static readonly SurveyDistribution Default = new();
}

/// <summary>
/// Where the website widget offers the survey: on pages whose path matches <see cref="UrlPattern"/> (a glob,
/// <c>/checkout/*</c>) and/or when the site reports <see cref="Event"/>, after <see cref="DelaySeconds"/>, to
/// <see cref="SamplingPercent"/> of visitors.
/// </summary>
public sealed record WidgetTargeting(bool Enabled, string? UrlPattern, string? Event, int DelaySeconds = 0, int SamplingPercent = 100);
