using Ekko.Core.Data;

namespace Ekko.Core.Features.Customers;

public sealed record GetCustomerQuery(Guid WorkspaceId, string CustomerId);

public sealed class GetCustomer(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async Task<CustomerView?> HandleAsync(GetCustomerQuery query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var customer = await db.Customers.AsNoTracking()
            .SingleOrDefaultAsync(c => c.WorkspaceId == query.WorkspaceId && c.ExternalId == query.CustomerId, cancellationToken);
        return customer is null ? null : CustomerView.From(customer);
    }
}
