using System.Text.Json;
using Ekko.Core.Data;

namespace Ekko.Core.Features.Cases;

public sealed record ListCaseTeamsQuery(Guid WorkspaceId);

public sealed class ListCaseTeams(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async Task<IReadOnlyList<CaseTeamView>> HandleAsync(ListCaseTeamsQuery query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var teams = await db.CaseTeams.AsNoTracking().Where(t => t.WorkspaceId == query.WorkspaceId).OrderBy(t => t.Key).ToListAsync(cancellationToken);
        var emails = await (from u in db.Users join m in db.Memberships on u.Id equals m.UserId where m.WorkspaceId == query.WorkspaceId select new { u.Id, u.Email })
            .ToDictionaryAsync(u => u.Id, u => u.Email, cancellationToken);
        var touchpoints = await db.Touchpoints.AsNoTracking().Where(t => t.WorkspaceId == query.WorkspaceId).ToDictionaryAsync(t => t.Id, t => t.Key, cancellationToken);
        return [.. teams.Select(t => new CaseTeamView(
            t.Key, t.Name,
            [.. JsonSerializer.Deserialize<string[]>(t.Members)!.Select(id => emails.GetValueOrDefault(id) ?? "(no longer a member)")],
            [.. JsonSerializer.Deserialize<Guid[]>(t.Touchpoints)!.Select(id => touchpoints.GetValueOrDefault(id)).OfType<string>()]))];
    }
}
