using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Customers;

public sealed record UpsertCustomersCommand(Guid WorkspaceId, IReadOnlyList<JsonNode?> Items, string ItemPath = "items");

/// <summary>
/// Creates or updates customers by their external id, all-or-nothing. An update changes only the fields the
/// record gives; attributes are merged key by key and an attribute set to null is removed.
/// </summary>
public sealed class UpsertCustomers(IDbContextFactory<EkkoDbContext> dbFactory, TimeProvider clock, WriteGate writeGate)
{
    public async Task<BatchResult> HandleAsync(UpsertCustomersCommand command, CancellationToken cancellationToken)
    {
        var (records, errors) = BatchValidation.Validate(
            command.Items, command.ItemPath, CustomerRecord.Parse, r => r.Id, _ => null, new Dictionary<string, Guid>());
        return errors.Count > 0
            ? BatchResult.Rejected(command.Items.Count, errors)
            : await StoreAsync(command.WorkspaceId, records, cancellationToken);
    }

    /// <summary>Stores records that passed validation (the file import validates line by line first).</summary>
    public async Task<BatchResult> StoreAsync(Guid workspaceId, IReadOnlyList<CustomerRecord> records, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        using var gate = await writeGate.EnterAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var lastChange = await ChangeFeed.AdvanceAsync(db, workspaceId, records.Count, cancellationToken);
        var change = lastChange - records.Count;
        var ids = records.Select(r => r.Id).ToList();
        var existing = new Dictionary<string, Customer>(StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(500))
        {
            foreach (var customer in await db.Customers.Where(c => c.WorkspaceId == workspaceId && chunk.Contains(c.ExternalId)).ToListAsync(cancellationToken))
            {
                existing[customer.ExternalId] = customer;
            }
        }

        var now = clock.GetUtcNow();
        var created = 0;
        foreach (var record in records)
        {
            if (!existing.TryGetValue(record.Id, out var customer))
            {
                customer = new Customer { WorkspaceId = workspaceId, ExternalId = record.Id, CreatedAt = record.CreatedAt ?? now };
                db.Customers.Add(customer);
                created++;
            }

            Apply(record, customer);
            customer.UpdatedAt = now;
            customer.Seq = ++change;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new BatchResult(records.Count, created, [], []);
    }

    internal static void Apply(CustomerRecord record, Customer customer)
    {
        var given = record.GivenFields;
        // The source system knows when the customer really started; a stub made by an early event does not.
        if (record.CreatedAt is { } createdAt) customer.CreatedAt = createdAt;
        if (given.Contains("email")) customer.Email = record.Email;
        if (given.Contains("phone")) customer.Phone = record.Phone;
        if (given.Contains("name")) customer.Name = record.Name;
        if (given.Contains("language")) customer.Language = record.Language;
        if (given.Contains("consent.surveys")) customer.ConsentSurveys = record.ConsentSurveys;
        if (given.Contains("consent.marketing")) customer.ConsentMarketing = record.ConsentMarketing;
        if (given.Contains("attributes"))
        {
            var merged = JsonNode.Parse(customer.Attributes)?.AsObject() ?? [];
            foreach (var (key, value) in record.Attributes)
            {
                if (value is null)
                {
                    merged.Remove(key);
                }
                else
                {
                    merged[key] = value.DeepClone();
                }
            }

            customer.Attributes = merged.ToJsonString(EkkoJson.Options);
        }
    }
}
