using Ekko.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Ekko.Core.Features.Customers;

/// <summary>
/// Maps the source systems' customer ids to Ekko's. Events may arrive before the CRM has sent the customer;
/// such customers are created with just their id and filled in by the next customer upsert.
/// </summary>
internal static class CustomerIds
{
    public static async Task<Dictionary<string, Guid>> ResolveOrCreateAsync(
        EkkoDbContext db, Guid workspaceId, IEnumerable<string> externalIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var wanted = externalIds.Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return new Dictionary<string, Guid>(StringComparer.Ordinal);
        }

        var found = await LookUpAsync(db, workspaceId, wanted, cancellationToken);
        var missing = wanted.Where(id => !found.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            // Most events are about customers Ekko knows already; only the others cost an insert.
            var stubs = missing.Select(id => new Customer { WorkspaceId = workspaceId, ExternalId = id, CreatedAt = now, UpdatedAt = now }).ToList();
            await BulkInsert.InsertNewAsync(db, stubs, cancellationToken);
            foreach (var (id, customerId) in await LookUpAsync(db, workspaceId, missing, cancellationToken))
            {
                found[id] = customerId;
            }
        }

        return found;
    }

    private static async Task<Dictionary<string, Guid>> LookUpAsync(EkkoDbContext db, Guid workspaceId, List<string> externalIds, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var chunk in externalIds.Chunk(500))
        {
            var rows = await db.Customers.AsNoTracking()
                .Where(c => c.WorkspaceId == workspaceId && chunk.Contains(c.ExternalId))
                .Select(c => new { c.Id, c.ExternalId })
                .ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                found[row.ExternalId] = row.Id;
            }
        }

        return found;
    }
}
