using System.Text.Json;
using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Cases;

/// <summary>Turns case rows into views, resolving ids to the keys and e-mail addresses people know.</summary>
internal static class CaseViews
{
    public static async Task<List<CaseView>> OfAsync(EkkoDbContext db, IReadOnlyList<FollowUpCase> cases, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (cases.Count == 0)
        {
            return [];
        }

        var customerIds = cases.Select(c => c.CustomerId).OfType<Guid>().Distinct().ToList();
        var responseIds = cases.Select(c => c.ResponseId).OfType<Guid>().Distinct().ToList();
        var ruleIds = cases.Select(c => c.RuleId).OfType<Guid>().Distinct().ToList();
        var teamIds = cases.Select(c => c.TeamId).OfType<Guid>().Distinct().ToList();
        var touchpointIds = cases.Select(c => c.TouchpointId).OfType<Guid>().Distinct().ToList();
        var userIds = cases.Select(c => c.AssigneeId).OfType<string>().Distinct().ToList();
        var customers = await db.Customers.AsNoTracking().Where(c => customerIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => new { c.ExternalId, c.Name }, cancellationToken);
        var responses = await db.Responses.AsNoTracking().Where(r => responseIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.ExternalId, cancellationToken);
        var rules = await db.CaseRules.AsNoTracking().Where(r => ruleIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, cancellationToken);
        var teams = await db.CaseTeams.AsNoTracking().Where(t => teamIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Key, cancellationToken);
        var touchpoints = await db.Touchpoints.AsNoTracking().Where(t => touchpointIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Key, cancellationToken);
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Email, cancellationToken);
        return [.. cases.Select(c => new CaseView(
            c.Id, c.Number, c.Status, c.Priority, c.Title, c.Description, c.Source,
            c.CustomerId is { } customer && customers.TryGetValue(customer, out var cu) ? cu.ExternalId : null,
            c.CustomerId is { } customer2 && customers.TryGetValue(customer2, out var cu2) ? cu2.Name : null,
            c.ResponseId is { } response && responses.TryGetValue(response, out var r) ? r : null,
            c.TouchpointId is { } touchpoint && touchpoints.TryGetValue(touchpoint, out var tp) ? tp : null,
            c.RuleId is { } rule && rules.TryGetValue(rule, out var ru) ? ru : null,
            c.TeamId is { } team && teams.TryGetValue(team, out var te) ? te : null,
            c.AssigneeId is { } user && users.TryGetValue(user, out var email) ? email : null,
            c.ResolutionCode, c.RootCause, c.AlertRef, c.OpenedAt, c.UpdatedAt, c.FirstContactAt, c.ResolvedAt, c.ClosedAt,
            c.FirstContactDueAt, c.ResolutionDueAt, c.SlaState(now), c.Version, FollowUpCase.NextStatuses(c.Status)))];
    }

    public static JsonObject Json(CaseView view) => JsonSerializer.SerializeToNode(view, EkkoJson.Options)!.AsObject();
}
