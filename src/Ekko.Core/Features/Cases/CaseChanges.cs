using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Features.Integrations;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Cases;

/// <summary>
/// The changes one request makes to a case (or to many, in bulk): status, priority, team, assignee,
/// resolution code, root cause. Absent fields stay as they are; <c>"assignee": null</c> unassigns.
/// <see cref="Version"/>, when given, must be the case's current version (optimistic concurrency).
/// </summary>
public sealed record CaseChanges(
    CaseStatus? Status, CasePriority? Priority, string? TeamKey, bool SetsTeam, string? AssigneeEmail, bool SetsAssignee,
    string? ResolutionCode, string? RootCause, int? Version)
{
    internal static CaseChanges Read(RecordReader reader, JsonNode? body, bool allowVersion)
    {
        CaseStatus? status = reader.Has("status") ? reader.RequiredEnum<CaseStatus>("status") : null;
        CasePriority? priority = reader.Has("priority") ? reader.RequiredEnum<CasePriority>("priority") : null;
        var setsTeam = reader.Has("team");
        var team = setsTeam && body!["team"] is not null ? reader.RequiredKey("team") : null;
        var setsAssignee = reader.Has("assignee");
        var assignee = setsAssignee && body!["assignee"] is not null ? reader.RequiredString("assignee", 320) : null;
        var resolution = reader.OptionalKey("resolution_code");
        var rootCause = reader.OptionalKey("root_cause");
        var version = allowVersion ? reader.OptionalInteger("version") : null;
        return new CaseChanges(status, priority, team, setsTeam, assignee, setsAssignee, resolution, rootCause, version);
    }

    public bool IsEmpty => Status is null && Priority is null && !SetsTeam && !SetsAssignee && ResolutionCode is null && RootCause is null;
}

/// <summary>Applies <see cref="CaseChanges"/> with one audit line per changed field and one <c>case.updated</c> webhook per changed case.</summary>
internal static class CaseChangeApplier
{
    /// <returns>field errors (the whole request is refused), or none.</returns>
    public static async Task<List<FieldError>> ApplyAsync(
        EkkoDbContext db, Guid workspaceId, IReadOnlyList<FollowUpCase> cases, CaseChanges changes, string actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        Guid? teamId = null;
        if (changes.TeamKey is { } key)
        {
            teamId = await db.CaseTeams.Where(t => t.WorkspaceId == workspaceId && t.Key == key).Select(t => (Guid?)t.Id).FirstOrDefaultAsync(cancellationToken);
            if (teamId is null)
            {
                errors.Add(new FieldError("team", $"this workspace has no team '{key}'"));
            }
        }

        string? assigneeId = null;
        if (changes.AssigneeEmail is { } email)
        {
            assigneeId = await WorkspaceMembers.IdOfAsync(db, workspaceId, email, cancellationToken);
            if (assigneeId is null)
            {
                errors.Add(new FieldError("assignee", $"'{email}' is not a member of this workspace"));
            }
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var (settings, calendar) = await CaseSettingsStore.LoadAsync(db, workspaceId, cancellationToken);
        var changed = new List<FollowUpCase>();
        foreach (var c in cases)
        {
            var trail = new List<CaseEvent>();
            void Note(string kind, string? from, string? to, string? text = null) =>
                trail.Add(new CaseEvent { WorkspaceId = workspaceId, CaseId = c.Id, At = now, Actor = actor, Kind = kind, From = from, To = to, Text = text });

            if (changes.Priority is { } priority && priority != c.Priority)
            {
                Note("priority", Names.Of(c.Priority), Names.Of(priority));
                c.Priority = priority;
            }

            if (changes.SetsTeam && teamId != c.TeamId)
            {
                Note("team", c.TeamId is { } old ? await db.CaseTeams.Where(t => t.Id == old).Select(t => t.Key).FirstOrDefaultAsync(cancellationToken) : null, changes.TeamKey);
                c.TeamId = teamId;
            }

            if (changes.SetsAssignee && assigneeId != c.AssigneeId)
            {
                Note("assignee", c.AssigneeId is null ? null : await WorkspaceMembers.EmailOfAsync(db, c.AssigneeId, cancellationToken), changes.AssigneeEmail);
                c.AssigneeId = assigneeId;
            }

            if (changes.ResolutionCode is { } code && code != c.ResolutionCode)
            {
                Note("resolution_code", c.ResolutionCode, code);
                c.ResolutionCode = code;
            }

            if (changes.RootCause is { } cause && cause != c.RootCause)
            {
                Note("root_cause", c.RootCause, cause);
                c.RootCause = cause;
            }

            if (changes.Status is { } status && status != c.Status)
            {
                var from = c.Status;
                if (c.MoveTo(status, now, settings.Policy, calendar) is { } refusal)
                {
                    errors.Add(new FieldError("status", cases.Count == 1 ? refusal : $"case #{c.Number}: {refusal}"));
                    continue;
                }

                Note("status", Names.Of(from), Names.Of(status));
                // Waiting for the customer means someone reached out to them: that is the first contact.
                if (status == CaseStatus.WaitingForCustomer && c.RecordFirstContact(now))
                {
                    Note("contact", null, null, "first contact (waiting for the customer)");
                }
            }

            if (trail.Count > 0)
            {
                c.UpdatedAt = now;
                c.Version++;
                db.CaseEvents.AddRange(trail);
                changed.Add(c);
            }
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        await AnnounceAsync(db, workspaceId, changed, now, cancellationToken);
        return errors;
    }

    /// <summary>Queues <c>case.updated</c> for the cases (saved first, so the payload shows the new state).</summary>
    public static async Task AnnounceAsync(EkkoDbContext db, Guid workspaceId, IReadOnlyList<FollowUpCase> changed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        var outbox = await WebhookOutbox.ForAsync(db, workspaceId, cancellationToken);
        if (changed.Count > 0 && outbox.Wants(WebhookEvents.CaseUpdated))
        {
            foreach (var view in await CaseViews.OfAsync(db, changed, now, cancellationToken))
            {
                outbox.Add(WebhookEvents.CaseUpdated, CaseViews.Json(view), now);
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
