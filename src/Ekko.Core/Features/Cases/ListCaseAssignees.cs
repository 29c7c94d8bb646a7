using Ekko.Core.Data;
using Ekko.Core.Features.Workspaces;

namespace Ekko.Core.Features.Cases;

public sealed record ListCaseAssigneesQuery(Guid WorkspaceId);

public sealed record CaseAssignee(string Email, string DisplayName);

/// <summary>The members a case can be given to: those whose role works cases (viewers cannot), by e-mail.</summary>
public sealed class ListCaseAssignees(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async Task<IReadOnlyList<CaseAssignee>> HandleAsync(ListCaseAssigneesQuery query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var members = await (from u in db.Users
                             join m in db.Memberships on u.Id equals m.UserId
                             where m.WorkspaceId == query.WorkspaceId && u.Email != null
                             select new { u.Email, u.DisplayName, m.Role }).ToListAsync(cancellationToken);
        return [.. members.Where(m => m.Role.Allows(WorkspaceRight.WorkCases))
            .Select(m => new CaseAssignee(m.Email!, m.DisplayName))
            .OrderBy(m => m.Email, StringComparer.OrdinalIgnoreCase)];
    }
}
