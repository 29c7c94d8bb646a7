using Ekko.Core.Data;

namespace Ekko.Core.Features.Distribution;

public sealed record UnsubscribeCommand(string Token);

/// <summary>What an unsubscribe link did, and in which language to say so.</summary>
public sealed record UnsubscribeResult(bool Done, string? Language, string? CompanyName);

/// <summary>
/// The unsubscribe link of an invitation e-mail: withdraws the customer's consent to surveys (so no workspace
/// rule can invite them again until their CRM says otherwise) and skips their invitations not yet sent.
/// </summary>
public sealed class Unsubscribe(IDbContextFactory<EkkoDbContext> dbFactory, SurveyTokens tokens, TimeProvider clock)
{
    public async Task<UnsubscribeResult> HandleAsync(UnsubscribeCommand command, CancellationToken cancellationToken)
    {
        var (check, invitationId) = tokens.ReadUnsubscribe(command.Token);
        if (check != TokenCheck.Valid)
        {
            return new UnsubscribeResult(false, null, null);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var invitation = await db.Invitations.AsNoTracking().FirstOrDefaultAsync(i => i.Id == invitationId, cancellationToken);
        var customer = invitation is null ? null : await db.Customers.FirstOrDefaultAsync(c => c.Id == invitation.CustomerId, cancellationToken);
        if (invitation is null || customer is null)
        {
            return new UnsubscribeResult(false, null, null);
        }

        var now = clock.GetUtcNow();
        customer.ConsentSurveys = false;
        customer.UpdatedAt = now;
        await db.Invitations
            .Where(i => i.WorkspaceId == invitation.WorkspaceId && i.CustomerId == customer.Id && i.Status == InvitationStatus.Scheduled)
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.Status, InvitationStatus.Skipped).SetProperty(i => i.Reason, "the customer unsubscribed from surveys"), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var company = await db.Workspaces.Where(w => w.Id == invitation.WorkspaceId).Select(w => w.Name).FirstAsync(cancellationToken);
        return new UnsubscribeResult(true, invitation.Language ?? customer.Language, company);
    }
}
