using Ekko.Core.Data;

namespace Ekko.Core.Features.Distribution;

public sealed record ListInvitationsQuery(Guid WorkspaceId, string? Survey, string? Customer, InvitationStatus? Status, int Limit = 100);

/// <summary>One line of the invitation log: what happened to an invitation and why.</summary>
public sealed record InvitationView(
    Guid Id, string Survey, string Customer, InvitationStatus Status, string? Reason, DateTimeOffset CreatedAt, DateTimeOffset DueAt,
    DateTimeOffset? SentAt, DateTimeOffset? ReminderSentAt, DateTimeOffset? AnsweredAt, DateTimeOffset? ExpiresAt, int Attempts, string? LastError, string? Language);

/// <summary>The invitation log, newest first: why each invitation was sent, skipped, postponed or failed.</summary>
public sealed class ListInvitations(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async Task<IReadOnlyList<InvitationView>> HandleAsync(ListInvitationsQuery query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = from i in db.Invitations.AsNoTracking()
                   join s in db.Surveys on i.SurveyId equals s.Id
                   join c in db.Customers on i.CustomerId equals c.Id
                   where i.WorkspaceId == query.WorkspaceId
                   select new { i, Survey = s.Key, Customer = c.ExternalId };
        if (query.Survey is not null)
        {
            rows = rows.Where(r => r.Survey == query.Survey);
        }

        if (query.Customer is not null)
        {
            rows = rows.Where(r => r.Customer == query.Customer);
        }

        if (query.Status is { } status)
        {
            rows = rows.Where(r => r.i.Status == status);
        }

        var page = await rows.OrderByDescending(r => r.i.CreatedAt).ThenByDescending(r => r.i.Id).Take(Math.Clamp(query.Limit, 1, 1000)).ToListAsync(cancellationToken);
        return [.. page.Select(r => new InvitationView(
            r.i.Id, r.Survey, r.Customer, r.i.Status, r.i.Reason, r.i.CreatedAt, r.i.DueAt, r.i.SentAt, r.i.ReminderSentAt, r.i.AnsweredAt,
            r.i.ExpiresAt, r.i.Attempts, r.i.LastError, r.i.Language))];
    }
}
