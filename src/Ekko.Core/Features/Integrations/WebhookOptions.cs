namespace Ekko.Core.Features.Integrations;

/// <summary>How webhooks are delivered (configuration section <c>Webhooks</c>).</summary>
public sealed record WebhookOptions
{
    /// <summary>A delivery is given up (marked failed) after this many attempts.</summary>
    public int MaxAttempts { get; init; } = 8;

    /// <summary>A subscription turns itself off after this many failed attempts in a row, across its deliveries.</summary>
    public int DisableAfterFailures { get; init; } = 20;

    /// <summary>The first retry waits about this long; each further one twice as long (with +-20% jitter).</summary>
    public double FirstRetrySeconds { get; init; } = 30;

    public double TimeoutSeconds { get; init; } = 10;

    /// <summary>Receivers are not expected to be on loopback or private networks unless this is on (tests, on-premises setups).</summary>
    public bool AllowPrivateNetworks { get; init; }
}
