namespace Ekko.Core.Features.Mentions;

/// <summary>How feeds are read (configuration section <c>Listening</c>).</summary>
public sealed record ListeningOptions
{
    public double TimeoutSeconds { get; init; } = 20;

    /// <summary>A feed document larger than this is refused (and recorded as the source's error) rather than read.</summary>
    public int MaxFeedBytes { get; init; } = 5_000_000;

    /// <summary>At most this many items of one feed are stored per poll, the newest first.</summary>
    public int MaxItemsPerPoll { get; init; } = 500;

    /// <summary>Feeds on loopback or private networks are refused unless this is on (tests, on-premises forums).</summary>
    public bool AllowPrivateNetworks { get; init; }
}
