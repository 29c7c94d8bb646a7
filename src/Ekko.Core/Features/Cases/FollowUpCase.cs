namespace Ekko.Core.Features.Cases;

/// <summary>
/// A follow-up with one customer: opened by a rule when a response calls for it, by hand, or from an alert.
/// The case owns its two rules that matter: which status changes are allowed, and its SLA clocks (first
/// contact and resolution, due in business hours of the workspace's calendar, computed when the clock starts).
/// </summary>
public sealed class FollowUpCase
{
    private static readonly Dictionary<CaseStatus, CaseStatus[]> Allowed = new()
    {
        [CaseStatus.New] = [CaseStatus.InProgress, CaseStatus.WaitingForCustomer, CaseStatus.Resolved, CaseStatus.Closed],
        [CaseStatus.InProgress] = [CaseStatus.WaitingForCustomer, CaseStatus.Resolved, CaseStatus.Closed],
        [CaseStatus.WaitingForCustomer] = [CaseStatus.InProgress, CaseStatus.Resolved, CaseStatus.Closed],
        [CaseStatus.Reopened] = [CaseStatus.InProgress, CaseStatus.WaitingForCustomer, CaseStatus.Resolved, CaseStatus.Closed],
        [CaseStatus.Resolved] = [CaseStatus.Closed, CaseStatus.Reopened],
        [CaseStatus.Closed] = [CaseStatus.Reopened],
    };

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid WorkspaceId { get; init; }

    /// <summary>A short number per workspace that people can say on the phone ("case 42").</summary>
    public long Number { get; init; }

    public Guid? CustomerId { get; init; }

    /// <summary>The response that opened it (rule cases), unique: one response never opens two cases.</summary>
    public Guid? ResponseId { get; init; }

    public Guid? TouchpointId { get; init; }
    public Guid? RuleId { get; init; }
    public CaseSource Source { get; init; }

    /// <summary>The alert that opened it (alert cases): an opaque id from the alerting feature.</summary>
    public string? AlertRef { get; init; }

    public required string Title { get; set; }
    public string? Description { get; set; }
    public CaseStatus Status { get; private set; } = CaseStatus.New;
    public CasePriority Priority { get; set; } = CasePriority.Normal;
    public Guid? TeamId { get; set; }
    public string? AssigneeId { get; set; }
    public string? ResolutionCode { get; set; }
    public string? RootCause { get; set; }

    public DateTimeOffset OpenedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? FirstContactAt { get; private set; }
    public DateTimeOffset? ResolvedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }

    public DateTimeOffset? FirstContactDueAt { get; private set; }
    public DateTimeOffset? FirstContactWarnAt { get; private set; }
    public DateTimeOffset? ResolutionDueAt { get; private set; }
    public DateTimeOffset? ResolutionWarnAt { get; private set; }

    /// <summary>While waiting for the customer the resolution clock stands still; this is when it stopped.</summary>
    public DateTimeOffset? ResolutionPausedAt { get; private set; }

    /// <summary>
    /// Set once by whichever instance's SLA watch gets there first (a conditional update is the claim), so a
    /// warning or breach is announced exactly once however many instances run.
    /// </summary>
    public DateTimeOffset? FirstContactWarnedAt { get; set; }

    public DateTimeOffset? FirstContactBreachedAt { get; set; }
    public DateTimeOffset? ResolutionWarnedAt { get; set; }
    public DateTimeOffset? ResolutionBreachedAt { get; set; }

    /// <summary>Optimistic concurrency: two people (or instances) changing one case at once cannot overwrite each other.</summary>
    public int Version { get; set; }

    public static bool CanMove(CaseStatus from, CaseStatus to) => Allowed[from].Contains(to);

    public static IReadOnlyList<CaseStatus> NextStatuses(CaseStatus from) => Allowed[from];

    /// <summary>Starts both SLA clocks at <paramref name="at"/> (opening, or reopening for the resolution clock).</summary>
    public void StartClocks(SlaPolicy policy, BusinessCalendar calendar, DateTimeOffset at, bool firstContact = true)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(calendar);
        if (firstContact)
        {
            FirstContactDueAt = calendar.Add(at, policy.FirstContact);
            FirstContactWarnAt = calendar.Add(at, policy.FirstContact - policy.WarnBefore);
            FirstContactWarnedAt = null;
            FirstContactBreachedAt = null;
        }

        ResolutionDueAt = calendar.Add(at, policy.Resolution);
        ResolutionWarnAt = calendar.Add(at, policy.Resolution - policy.WarnBefore);
        ResolutionWarnedAt = null;
        ResolutionBreachedAt = null;
    }

    /// <summary>The customer was reached (a reply sent, a call logged); stops the first-contact clock.</summary>
    public bool RecordFirstContact(DateTimeOffset at)
    {
        if (FirstContactAt is not null)
        {
            return false;
        }

        FirstContactAt = at;
        return true;
    }

    /// <returns>null when the move is allowed and done; otherwise why not.</returns>
    public string? MoveTo(CaseStatus to, DateTimeOffset at, SlaPolicy policy, BusinessCalendar calendar)
    {
        if (to == Status)
        {
            return null;
        }

        if (!CanMove(Status, to))
        {
            return $"a {Names.Of(Status)} case cannot become {Names.Of(to)}; allowed: {string.Join(", ", NextStatuses(Status).Select(Names.Of))}";
        }

        if (to == CaseStatus.Resolved && string.IsNullOrEmpty(ResolutionCode))
        {
            return "a case is resolved with a resolution_code";
        }

        var from = Status;
        Status = to;
        UpdatedAt = at;
        if (to == CaseStatus.WaitingForCustomer && ResolutionDueAt is not null)
        {
            ResolutionPausedAt = at;
        }
        else if (from == CaseStatus.WaitingForCustomer && ResolutionPausedAt is { } paused)
        {
            Resume(paused, at, calendar);
        }

        switch (to)
        {
            case CaseStatus.Resolved:
                ResolvedAt = at;
                break;
            case CaseStatus.Closed:
                ClosedAt = at;
                ResolvedAt ??= at;
                break;
            case CaseStatus.Reopened:
                ResolvedAt = null;
                ClosedAt = null;
                // A reopened case gets a fresh resolution clock; first contact has happened or is still running.
                StartClocks(policy, calendar, at, firstContact: false);
                break;
            case CaseStatus.InProgress or CaseStatus.WaitingForCustomer:
                break;
        }

        return null;
    }

    public bool IsOpen => Status is not (CaseStatus.Resolved or CaseStatus.Closed);

    /// <summary>
    /// Moves the resolution due and warning times on by the business time the case waited, so the clock
    /// has as much left as when it stopped. A clock that had already run out before the wait stays as it was.
    /// </summary>
    private void Resume(DateTimeOffset paused, DateTimeOffset at, BusinessCalendar calendar)
    {
        ResolutionPausedAt = null;
        if (ResolutionDueAt is { } due && due > paused)
        {
            ResolutionDueAt = calendar.Add(at, calendar.Between(paused, due));
            if (ResolutionWarnAt is { } warn && warn > paused)
            {
                ResolutionWarnAt = calendar.Add(at, calendar.Between(paused, warn));
            }
        }
    }

    /// <summary>
    /// The SLA state an inbox shows: breached, at_risk (past the warning point), on_track, or paused (only the
    /// resolution clock is left and it waits for the customer); null when no clock runs.
    /// </summary>
    public string? SlaState(DateTimeOffset now)
    {
        var contactRunning = FirstContactAt is null && FirstContactDueAt is not null && IsOpen;
        var resolutionRunning = ResolutionDueAt is not null && IsOpen && ResolutionPausedAt is null;
        if (!contactRunning && !resolutionRunning)
        {
            return ResolutionPausedAt is not null && IsOpen ? "paused" : null;
        }

        if ((contactRunning && now >= FirstContactDueAt) || (resolutionRunning && now >= ResolutionDueAt))
        {
            return "breached";
        }

        return (contactRunning && now >= FirstContactWarnAt) || (resolutionRunning && now >= ResolutionWarnAt) ? "at_risk" : "on_track";
    }
}
