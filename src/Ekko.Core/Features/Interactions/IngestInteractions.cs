using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Features.Customers;
using Ekko.Core.Features.Journeys;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Interactions;

public sealed record IngestInteractionsCommand(Guid WorkspaceId, IReadOnlyList<JsonNode?> Items, string ItemPath = "items");

/// <summary>
/// Stores a batch of interactions (events) all-or-nothing: every record is validated first (fields, touchpoints, ids
/// unique within the batch), and only a batch without errors is written, in one transaction. Ids already
/// stored are reported as duplicates and left untouched, so a retried request is harmless.
/// </summary>
public sealed class IngestInteractions(IDbContextFactory<EkkoDbContext> dbFactory, TimeProvider clock, WriteGate writeGate)
{
    public async Task<BatchResult> HandleAsync(IngestInteractionsCommand command, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var touchpoints = await TouchpointKeys.LoadAsync(db, command.WorkspaceId, cancellationToken);
        var (records, errors) = BatchValidation.Validate(
            command.Items, command.ItemPath, InteractionRecord.Parse, r => r.Id, r => r.Touchpoint, touchpoints);

        return errors.Count > 0
            ? BatchResult.Rejected(command.Items.Count, errors)
            : await StoreAsync(db, command.WorkspaceId, records, touchpoints, cancellationToken);
    }

    /// <summary>Stores records that passed validation (the file import validates line by line first).</summary>
    public async Task<BatchResult> StoreAsync(Guid workspaceId, IReadOnlyList<InteractionRecord> records, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var touchpoints = await TouchpointKeys.LoadAsync(db, workspaceId, cancellationToken);
        return await StoreAsync(db, workspaceId, records, touchpoints, cancellationToken);
    }

    private async Task<BatchResult> StoreAsync(
        EkkoDbContext db, Guid workspaceId, IReadOnlyList<InteractionRecord> records, Dictionary<string, Guid> touchpoints, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        using var gate = await writeGate.EnterAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var customers = await CustomerIds.ResolveOrCreateAsync(db, workspaceId, records.Where(r => r.CustomerId is not null).Select(r => r.CustomerId!), now, cancellationToken);
        var rows = records.Select(r => new Interaction
        {
            WorkspaceId = workspaceId,
            ExternalId = r.Id,
            CustomerId = r.CustomerId is null ? null : customers[r.CustomerId],
            Type = r.Type,
            TouchpointId = r.Touchpoint is null ? null : touchpoints[r.Touchpoint],
            Channel = r.Channel,
            OccurredAt = r.OccurredAt,
            Properties = r.Properties.ToJsonString(EkkoJson.Options),
            ReceivedAt = now,
        }).ToList();
        var inserted = await BulkInsert.InsertNewAsync(db, rows, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        return new BatchResult(records.Count, inserted.Count, records.Where(r => !inserted.Contains(r.Id)).Select(r => r.Id).ToList(), []);
    }
}
