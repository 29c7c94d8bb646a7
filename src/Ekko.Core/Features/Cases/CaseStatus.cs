namespace Ekko.Core.Features.Cases;

public enum CaseStatus
{
    New,
    InProgress,
    WaitingForCustomer,
    Resolved,
    Closed,
    Reopened,
}

public enum CasePriority
{
    Low,
    Normal,
    High,
    Urgent,
}

/// <summary>Where a case came from.</summary>
public enum CaseSource
{
    Rule,
    Manual,
    Alert,
}
