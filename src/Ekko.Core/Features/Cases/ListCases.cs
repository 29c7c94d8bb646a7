using System.Globalization;
using Ekko.Core.Data;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Cases;

/// <summary>
/// The inbox's filters. <see cref="Statuses"/> empty means the open ones; <see cref="Assignee"/> is an
/// e-mail or <c>none</c> for unassigned; <see cref="Sla"/> is breached, at_risk, on_track or paused.
/// </summary>
public sealed record ListCasesQuery(
    Guid WorkspaceId,
    IReadOnlyList<CaseStatus> Statuses,
    CasePriority? Priority = null,
    string? Team = null,
    string? Assignee = null,
    string? Customer = null,
    string? Touchpoint = null,
    string? Sla = null,
    CaseSource? Source = null,
    string? After = null,
    int Limit = 50);

/// <summary>The case inbox, newest first, keyset-paginated on (opened, id) so pages stay stable while cases arrive.</summary>
public sealed class ListCases(IDbContextFactory<EkkoDbContext> dbFactory, TimeProvider clock)
{
    public const int MaxLimit = 200;
    public static readonly string[] SlaStates = ["breached", "at_risk", "on_track", "paused"];

    /// <returns>null when a filter names something the workspace does not have (the page would be empty anyway).</returns>
    public async Task<Page<CaseView>> HandleAsync(ListCasesQuery query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var cases = db.Cases.AsNoTracking().Where(c => c.WorkspaceId == query.WorkspaceId);
        var statuses = query.Statuses.Count > 0 ? query.Statuses : [CaseStatus.New, CaseStatus.InProgress, CaseStatus.WaitingForCustomer, CaseStatus.Reopened];
        cases = cases.Where(c => statuses.Contains(c.Status));
        if (query.Priority is { } priority)
        {
            cases = cases.Where(c => c.Priority == priority);
        }

        if (query.Team is { } team)
        {
            var teamId = await db.CaseTeams.Where(t => t.WorkspaceId == query.WorkspaceId && t.Key == team).Select(t => (Guid?)t.Id).FirstOrDefaultAsync(cancellationToken);
            cases = cases.Where(c => c.TeamId == teamId && teamId != null);
        }

        if (query.Assignee == "none")
        {
            cases = cases.Where(c => c.AssigneeId == null);
        }
        else if (query.Assignee is { } email)
        {
            var userId = await WorkspaceMembers.IdOfAsync(db, query.WorkspaceId, email, cancellationToken);
            cases = cases.Where(c => c.AssigneeId == userId && userId != null);
        }

        if (query.Customer is { } customer)
        {
            var customerId = await db.Customers.Where(c => c.WorkspaceId == query.WorkspaceId && c.ExternalId == customer).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken);
            cases = cases.Where(c => c.CustomerId == customerId && customerId != null);
        }

        if (query.Touchpoint is { } touchpoint)
        {
            var touchpointId = await db.Touchpoints.Where(t => t.WorkspaceId == query.WorkspaceId && t.Key == touchpoint).Select(t => (Guid?)t.Id).FirstOrDefaultAsync(cancellationToken);
            cases = cases.Where(c => c.TouchpointId == touchpointId && touchpointId != null);
        }

        if (query.Source is { } source)
        {
            cases = cases.Where(c => c.Source == source);
        }

        // The same rule as FollowUpCase.SlaState, in SQL: a clock runs while the case is open (and, for first contact, until the contact).
        var open = new[] { CaseStatus.Resolved, CaseStatus.Closed };
        cases = query.Sla switch
        {
            "breached" => cases.Where(c => !open.Contains(c.Status)
                && ((c.FirstContactAt == null && c.FirstContactDueAt <= now) || (c.ResolutionPausedAt == null && c.ResolutionDueAt <= now))),
            "at_risk" => cases.Where(c => !open.Contains(c.Status)
                && !((c.FirstContactAt == null && c.FirstContactDueAt <= now) || (c.ResolutionPausedAt == null && c.ResolutionDueAt <= now))
                && ((c.FirstContactAt == null && c.FirstContactWarnAt <= now) || (c.ResolutionPausedAt == null && c.ResolutionWarnAt <= now))),
            "on_track" => cases.Where(c => !open.Contains(c.Status)
                && !((c.FirstContactAt == null && c.FirstContactWarnAt <= now) || (c.ResolutionPausedAt == null && c.ResolutionWarnAt <= now))
                && !(c.FirstContactAt != null && c.ResolutionPausedAt != null)),
            "paused" => cases.Where(c => !open.Contains(c.Status) && c.FirstContactAt != null && c.ResolutionPausedAt != null),
            _ => cases,
        };

        if (Cursor.TryDecode(query.After, 2, out var parts) && IsValidCursor(parts))
        {
            var at = DateTimeOffset.Parse(parts[0], CultureInfo.InvariantCulture);
            var id = Guid.Parse(parts[1]);
            cases = cases.Where(c => c.OpenedAt < at || (c.OpenedAt == at && c.Id.CompareTo(id) < 0));
        }

        var limit = Math.Clamp(query.Limit, 1, MaxLimit);
        var rows = await cases.OrderByDescending(c => c.OpenedAt).ThenByDescending(c => c.Id).Take(limit + 1).ToListAsync(cancellationToken);
        var next = rows.Count > limit ? Cursor.Encode(rows[limit - 1].OpenedAt.ToString("O", CultureInfo.InvariantCulture), rows[limit - 1].Id.ToString()) : null;
        return new Page<CaseView>(await CaseViews.OfAsync(db, [.. rows.Take(limit)], now, cancellationToken), next);
    }

    public static bool IsValidCursor(string[] parts) =>
        parts.Length == 2 && DateTimeOffset.TryParse(parts[0], CultureInfo.InvariantCulture, DateTimeStyles.None, out _) && Guid.TryParse(parts[1], out _);
}
