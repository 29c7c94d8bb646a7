using System.Text.Json;
using Ekko.Core.Data;
using Ekko.Core.Features.Integrations;

namespace Ekko.Core.Features.Cases;

/// <summary>What a new case needs; the opening fills in its number, assignee and SLA clocks.</summary>
internal sealed record NewCase(
    Guid? CustomerId, Guid? ResponseId, Guid? TouchpointId, Guid? RuleId, CaseSource Source, string? AlertRef,
    string Title, string? Description, CasePriority Priority, Guid? TeamId, string? AssigneeId, string Actor, string Why);

/// <summary>
/// Opens cases inside the caller's transaction: numbers from the workspace's counter, the team from the
/// request or the touchpoint, the assignee round-robin within the team, both SLA clocks started, the
/// <c>created</c> audit line and the <c>case.created</c> webhook written with it. The counter and team
/// updates lock their rows until commit, so two instances opening cases at once get distinct numbers and
/// take turns in the rotation.
/// </summary>
internal static class CaseOpening
{
    public static async Task<List<FollowUpCase>> OpenAsync(EkkoDbContext db, Guid workspaceId, IReadOnlyList<NewCase> requests, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (requests.Count == 0)
        {
            return [];
        }

        await db.Workspaces.Where(w => w.Id == workspaceId)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.LastCaseNumber, w => w.LastCaseNumber + requests.Count), cancellationToken);
        var lastNumber = await db.Workspaces.Where(w => w.Id == workspaceId).Select(w => w.LastCaseNumber).SingleAsync(cancellationToken);
        var (settings, calendar) = await CaseSettingsStore.LoadAsync(db, workspaceId, cancellationToken);
        var teams = await db.CaseTeams.AsNoTracking().Where(t => t.WorkspaceId == workspaceId).ToListAsync(cancellationToken);

        var opened = new List<FollowUpCase>();
        for (var i = 0; i < requests.Count; i++)
        {
            var request = requests[i];
            var team = request.TeamId is { } teamId
                ? teams.FirstOrDefault(t => t.Id == teamId)
                : request.TouchpointId is { } touchpoint ? teams.FirstOrDefault(t => JsonSerializer.Deserialize<Guid[]>(t.Touchpoints)!.Contains(touchpoint)) : null;
            var assignee = request.AssigneeId ?? (team is null ? null : await NextMemberAsync(db, team, cancellationToken));
            var @case = new FollowUpCase
            {
                WorkspaceId = workspaceId,
                Number = lastNumber - requests.Count + 1 + i,
                CustomerId = request.CustomerId,
                ResponseId = request.ResponseId,
                TouchpointId = request.TouchpointId,
                RuleId = request.RuleId,
                Source = request.Source,
                AlertRef = request.AlertRef,
                Title = request.Title,
                Description = request.Description,
                Priority = request.Priority,
                TeamId = team?.Id,
                AssigneeId = assignee,
                OpenedAt = now,
                UpdatedAt = now,
            };
            @case.StartClocks(settings.Policy, calendar, now);
            db.Cases.Add(@case);
            db.CaseEvents.Add(new CaseEvent { WorkspaceId = workspaceId, CaseId = @case.Id, At = now, Actor = request.Actor, Kind = "created", To = Names.Of(@case.Status), Text = request.Why });
            opened.Add(@case);
        }

        await db.SaveChangesAsync(cancellationToken);
        var outbox = await WebhookOutbox.ForAsync(db, workspaceId, cancellationToken);
        if (outbox.Wants(WebhookEvents.CaseCreated))
        {
            foreach (var view in await CaseViews.OfAsync(db, opened, now, cancellationToken))
            {
                outbox.Add(WebhookEvents.CaseCreated, CaseViews.Json(view), now);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return opened;
    }

    /// <summary>The team's next member in turn; null for a team without members.</summary>
    private static async Task<string?> NextMemberAsync(EkkoDbContext db, CaseTeam team, CancellationToken cancellationToken)
    {
        var members = JsonSerializer.Deserialize<string[]>(team.Members)!;
        if (members.Length == 0)
        {
            return null;
        }

        await db.CaseTeams.Where(t => t.Id == team.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.NextMember, t => t.NextMember + 1), cancellationToken);
        var turn = await db.CaseTeams.Where(t => t.Id == team.Id).Select(t => t.NextMember).SingleAsync(cancellationToken);
        return members[(int)((turn - 1) % members.Length)];
    }
}
