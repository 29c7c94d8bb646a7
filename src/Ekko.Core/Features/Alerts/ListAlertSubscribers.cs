using Ekko.Core.Data;

namespace Ekko.Core.Features.Alerts;

public sealed record ListAlertSubscribersQuery(Guid WorkspaceId);

/// <summary>The e-mail addresses of the members who get alerts by e-mail.</summary>
public sealed class ListAlertSubscribers(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async Task<IReadOnlyList<string>> HandleAsync(ListAlertSubscribersQuery query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await EmailsAsync(db, query.WorkspaceId, cancellationToken);
    }

    internal static async Task<IReadOnlyList<string>> EmailsAsync(EkkoDbContext db, Guid workspaceId, CancellationToken cancellationToken) =>
        (await (from s in db.AlertSubscribers
                join u in db.Users on s.UserId equals u.Id
                where s.WorkspaceId == workspaceId && u.Email != null
                select u.Email!).ToListAsync(cancellationToken)).Order(StringComparer.OrdinalIgnoreCase).ToList();
}
