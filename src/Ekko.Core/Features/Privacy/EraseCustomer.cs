using Ekko.Core.Data;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Privacy;

public sealed record EraseCustomerCommand(Guid WorkspaceId, string CustomerId);

/// <summary>What an erasure removed.</summary>
public sealed record ErasureReport(string CustomerId, int Responses, int Interactions);

/// <summary>
/// Erases a customer (a data subject's request under GDPR art. 17): their profile, responses and
/// interactions, in one transaction. What remains is an erasure record with the internal id only, which tells
/// every app instance to drop the customer's answers from its metrics index.
/// </summary>
public sealed class EraseCustomer(IDbContextFactory<EkkoDbContext> dbFactory, TimeProvider clock, WriteGate writeGate)
{
    public async Task<CommandResult<ErasureReport>> HandleAsync(EraseCustomerCommand command, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        using var gate = await writeGate.EnterAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var change = await ChangeFeed.AdvanceAsync(db, command.WorkspaceId, 1, cancellationToken);
        var customer = await db.Customers
            .Where(c => c.WorkspaceId == command.WorkspaceId && c.ExternalId == command.CustomerId)
            .Select(c => (Guid?)c.Id).SingleOrDefaultAsync(cancellationToken);
        if (customer is not { } id)
        {
            return CommandResult<ErasureReport>.NotFound();
        }

        var responses = await db.Responses.Where(r => r.WorkspaceId == command.WorkspaceId && r.CustomerId == id).ExecuteDeleteAsync(cancellationToken);
        var interactions = await db.Interactions.Where(i => i.WorkspaceId == command.WorkspaceId && i.CustomerId == id).ExecuteDeleteAsync(cancellationToken);
        await db.Customers.Where(c => c.Id == id).ExecuteDeleteAsync(cancellationToken);
        db.CustomerErasures.Add(new CustomerErasure { WorkspaceId = command.WorkspaceId, CustomerId = id, Seq = change, ErasedAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return CommandResult<ErasureReport>.Ok(new ErasureReport(command.CustomerId, responses, interactions));
    }
}
