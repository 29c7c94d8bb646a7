namespace Ekko.Core.Features.Alerts;

/// <summary>
/// An unusual day or week of one watched series, raised once by <see cref="RaiseAlerts"/>. The series is a
/// measure (<see cref="Measure"/>) within a scope: the whole workspace, a touchpoint, a theme or one value of a
/// segment dimension. <see cref="Period"/> is the first unusual period; while the following periods stay unusual
/// in the same direction the alert is extended (<see cref="LastPeriod"/>, <see cref="Periods"/>) instead of
/// raised again. <c>(WorkspaceId, SeriesKey, Period)</c> is unique, so however many instances judge the same day,
/// an alert exists once.
/// </summary>
public sealed class Alert
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid WorkspaceId { get; init; }

    /// <summary>The series in one string (<c>week|ces|touchpoint|touchpoint|checkout</c>), the de-duplication key.</summary>
    public required string SeriesKey { get; init; }

    public AlertGrain Grain { get; init; }

    /// <summary><c>nps</c>, <c>csat</c>, <c>ces</c>, <c>volume</c>, <c>theme_share</c> or <c>theme_negative_share</c>.</summary>
    public required string Measure { get; init; }

    public AlertScope Scope { get; init; }

    /// <summary>The dimension of a segment scope (<c>region</c>, <c>customer.segment</c>); <c>touchpoint</c> or <c>theme</c> for those scopes.</summary>
    public string? ScopeDimension { get; init; }

    /// <summary>The touchpoint key, theme id or segment value; null for the whole workspace.</summary>
    public string? ScopeValue { get; init; }

    /// <summary>The first unusual day, or the Monday of the first unusual week (UTC days, as all metrics).</summary>
    public DateOnly Period { get; init; }

    public DateOnly LastPeriod { get; set; }
    public int Periods { get; set; } = 1;

    public double Observed { get; set; }
    public double Expected { get; set; }
    public double ExpectedLow { get; set; }
    public double ExpectedHigh { get; set; }

    /// <summary>Robust standard deviations from the expected value (negative: lower); the strongest of its periods.</summary>
    public double Score { get; set; }

    public AlertSeverity Severity { get; set; }

    /// <summary>Answers (or comments, for themes) in the period.</summary>
    public long N { get; set; }

    public required string Title { get; set; }

    /// <summary>The root-cause analysis of the period against the four weeks before, as the root-cause API writes it (JSON), with its sentence in <see cref="Summary"/>.</summary>
    public string Explanation { get; set; } = "{}";

    public string Summary { get; set; } = "";

    public AlertStatus Status { get; set; } = AlertStatus.Open;
    public Guid? ActionPlanId { get; set; }
    public Guid? CaseId { get; set; }

    /// <summary>Who acknowledged, dismissed or converted it (<c>api-key:PREFIX</c>, <c>user:EMAIL</c>).</summary>
    public string? StatusBy { get; set; }

    public DateTimeOffset RaisedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
}

public enum AlertGrain
{
    Day,
    Week,
}

public enum AlertScope
{
    Workspace,
    Touchpoint,
    Theme,
    Segment,
}

public enum AlertSeverity
{
    Low,
    Medium,
    High,
}

public enum AlertStatus
{
    Open,
    Acknowledged,
    Dismissed,
    Converted,
}

/// <summary>
/// How far a workspace's alerting has come: every day up to <see cref="JudgedThrough"/> has been judged. One row
/// per workspace, leased by the instance that works on it; the watermark moves in the same transaction as the
/// alerts of the day it judged, conditioned on the lease and on where it stood.
/// </summary>
public sealed class AlertWatch
{
    public Guid WorkspaceId { get; init; }
    public DateOnly? JudgedThrough { get; set; }
    public string? LeaseOwner { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }
}

/// <summary>A workspace member who gets alerts by e-mail.</summary>
public sealed class AlertSubscriber
{
    public Guid WorkspaceId { get; init; }
    public required string UserId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>
/// One alert e-mail to one subscriber, written in the alert's transaction (an outbox) and sent later by
/// <see cref="SendAlertMails"/> under a lease, so raising an alert never waits for a mail server.
/// </summary>
public sealed class AlertMail
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid WorkspaceId { get; init; }
    public Guid AlertId { get; init; }
    public required string ToAddress { get; init; }
    public AlertMailStatus Status { get; set; } = AlertMailStatus.Pending;
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
}

public enum AlertMailStatus
{
    Pending,
    Sent,
    Failed,
}
