namespace Ekko.Core.Features.Alerts;

/// <summary>How alerts are raised (configuration section <c>Alerts</c>, docs/insights.md).</summary>
public sealed record AlertOptions
{
    /// <summary>Robust standard deviations from the expected value that make a period unusual.</summary>
    public double Threshold { get; init; } = 3.5;

    /// <summary>At most this many new alerts per workspace and judged day, the strongest first: a bad day never floods anyone.</summary>
    public int MaxPerRun { get; init; } = 10;

    /// <summary>A score series' period is judged only with at least this many answers.</summary>
    public int MinimumAnswers { get; init; } = 10;

    /// <summary>A volume alert needs this many answers in the period or expected there: 0 against 3 is no news.</summary>
    public int MinimumVolume { get; init; } = 10;

    /// <summary>A theme's share is judged only in periods with at least this many analysed comments.</summary>
    public int MinimumComments { get; init; } = 30;

    /// <summary>Dimensions watched per value as segments (those the workspace's answers have).</summary>
    public IReadOnlyList<string> Segments { get; init; } = ["segment", "customer.segment", "region"];

    /// <summary>How long after a day has closed it is judged: answers sent in at the end of the day have arrived.</summary>
    public int SettleMinutes { get; init; } = 30;

    /// <summary>After downtime, at most this many missed days are judged (the oldest are skipped).</summary>
    public int CatchUpDays { get; init; } = 7;
}
