namespace Ekko.Core.Features.Distribution;

/// <summary>
/// How Ekko sends e-mail (configuration section <c>Email</c>, see docs/operations.md). <see cref="PublicUrl"/> is
/// where respondents reach this server; invitation links are built from it. The password is never logged.
/// </summary>
public sealed record EmailSettings
{
    public string? Host { get; init; }
    public int Port { get; init; } = 25;

    /// <summary>none, starttls (upgrade when offered: the default) or tls (implicit, port 465).</summary>
    public string Security { get; init; } = "starttls";

    public string? UserName { get; init; }
    public string? Password { get; init; }
    public string FromAddress { get; init; } = "surveys@localhost";
    public string? FromName { get; init; }

    /// <summary>Sending rate limit, so a burst of triggers does not get the domain marked as a spammer.</summary>
    public int MaxPerMinute { get; init; } = 120;

    /// <summary>After this many failed attempts an invitation is marked failed.</summary>
    public int MaxAttempts { get; init; } = 5;

    public string PublicUrl { get; init; } = "http://localhost:5000";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}
