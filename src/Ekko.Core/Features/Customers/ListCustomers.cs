using Ekko.Core.Data;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Customers;

/// <param name="Attributes">Attribute equality filters, all of which must hold (<c>segment = member</c>).</param>
/// <param name="After">The cursor of the previous page, or null for the first page.</param>
public sealed record ListCustomersQuery(
    Guid WorkspaceId,
    IReadOnlyDictionary<string, string> Attributes,
    string? Language = null,
    string? Email = null,
    string? After = null,
    int Limit = 100);

/// <summary>Customers in external-id order, one page at a time (keyset pagination).</summary>
public sealed class ListCustomers(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public const int MaxLimit = 1000;

    public async Task<Page<CustomerView>> HandleAsync(ListCustomersQuery query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var customers = db.Customers.AsNoTracking().Where(c => c.WorkspaceId == query.WorkspaceId);
        if (query.Language is { } language)
        {
            customers = customers.Where(c => c.Language == language);
        }

        if (query.Email is { } email)
        {
            customers = customers.Where(c => c.Email == email);
        }

        foreach (var (key, value) in query.Attributes)
        {
            customers = customers.Where(c => JsonFunctions.Text(c.Attributes, key) == value);
        }

        if (Cursor.TryDecode(query.After, 1, out var after))
        {
            var last = after[0];
            // Compared in the database's collation, the same one ORDER BY uses, so pages never skip or repeat.
#pragma warning disable CA1309
            customers = customers.Where(c => string.Compare(c.ExternalId, last) > 0);
#pragma warning restore CA1309
        }

        var limit = Math.Clamp(query.Limit, 1, MaxLimit);
        var page = await customers.OrderBy(c => c.ExternalId).Take(limit + 1).ToListAsync(cancellationToken);
        var next = page.Count > limit ? Cursor.Encode(page[limit - 1].ExternalId) : null;
        return new Page<CustomerView>(page.Take(limit).Select(CustomerView.From).ToList(), next);
    }
}
