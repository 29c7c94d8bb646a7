namespace Ekko.Core.Features.Cases;

/// <summary>A case as the inbox, the API and webhooks show it: people by e-mail, touchpoints and teams by key.</summary>
public sealed record CaseView(
    Guid Id,
    long Number,
    CaseStatus Status,
    CasePriority Priority,
    string Title,
    string? Description,
    CaseSource Source,
    string? Customer,
    string? CustomerName,
    string? Response,
    string? Touchpoint,
    string? Rule,
    string? Team,
    string? Assignee,
    string? ResolutionCode,
    string? RootCause,
    string? Alert,
    DateTimeOffset OpenedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? FirstContactAt,
    DateTimeOffset? ResolvedAt,
    DateTimeOffset? ClosedAt,
    DateTimeOffset? FirstContactDueAt,
    DateTimeOffset? ResolutionDueAt,
    string? Sla,
    int Version,
    IReadOnlyList<CaseStatus> NextStatuses);

public sealed record CaseEventView(DateTimeOffset At, string Actor, string Kind, string? From, string? To, string? Text);

/// <summary>The case detail: the case, its audit trail (oldest first, notes included) and the action plans it is linked to.</summary>
public sealed record CaseDetail(CaseView Case, IReadOnlyList<CaseEventView> Trail, IReadOnlyList<Guid> ActionPlans);
