using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Customers;

public sealed record ExportCustomersQuery(Guid WorkspaceId);

/// <summary>Streams a workspace's customers in the public format, in id order; the output re-imports unchanged.</summary>
public sealed class ExportCustomers(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async IAsyncEnumerable<JsonObject> HandleAsync(ExportCustomersQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var customers = db.Customers.AsNoTracking().Where(c => c.WorkspaceId == query.WorkspaceId).OrderBy(c => c.ExternalId);
        await foreach (var customer in customers.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var view = CustomerView.From(customer);
            var record = JsonSerializer.SerializeToNode(view, EkkoJson.Options)!.AsObject();
            record.Remove("updated_at");
            if (record["consent"] is JsonObject { Count: 0 })
            {
                record.Remove("consent");
            }

            yield return record;
        }
    }
}
