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

    // Single events are the common case on the API; a compiled query skips EF's per-call expression work.
    private static readonly Func<EkkoDbContext, Guid, string, CancellationToken, Task<Guid>> FindOne =
        EF.CompileAsyncQuery((EkkoDbContext db, Guid workspaceId, string externalId, CancellationToken _) =>
            db.Customers.Where(c => c.WorkspaceId == workspaceId && c.ExternalId == externalId).Select(c => c.Id).FirstOrDefault());

    private static async Task<Dictionary<string, Guid>> LookUpAsync(EkkoDbContext db, Guid workspaceId, List<string> externalIds, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, Guid>(StringComparer.Ordinal);
        if (externalIds.Count == 1)
        {
            var id = await FindOne(db, workspaceId, externalIds[0], cancellationToken);
            if (id != Guid.Empty)
            {
                found[externalIds[0]] = id;
            }

            return found;
        }

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
