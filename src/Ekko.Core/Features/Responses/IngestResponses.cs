using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Features.Customers;
using Ekko.Core.Features.Journeys;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Responses;

public sealed record IngestResponsesCommand(Guid WorkspaceId, IReadOnlyList<JsonNode?> Items, string ItemPath = "items");

/// <summary>
/// Stores a batch of responses all-or-nothing: every record is validated first (fields, touchpoints, ids
/// unique within the batch), and only a batch without errors is written, in one transaction. Ids already
/// stored are reported as duplicates and left untouched, so a retried request is harmless.
/// </summary>
public sealed class IngestResponses(IDbContextFactory<EkkoDbContext> dbFactory, TimeProvider clock, WriteGate writeGate)
{
    public async Task<BatchResult> HandleAsync(IngestResponsesCommand command, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var touchpoints = await TouchpointKeys.LoadAsync(db, command.WorkspaceId, cancellationToken);
        var (records, errors) = BatchValidation.Validate(
            command.Items, command.ItemPath, ResponseRecord.Parse, r => r.Id, r => r.Touchpoint, touchpoints);

        return errors.Count > 0
            ? BatchResult.Rejected(command.Items.Count, errors)
            : await StoreAsync(db, command.WorkspaceId, records, touchpoints, cancellationToken);
    }

    /// <summary>Stores records that passed validation (the file import validates line by line first).</summary>
    public async Task<BatchResult> StoreAsync(Guid workspaceId, IReadOnlyList<ResponseRecord> records, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var touchpoints = await TouchpointKeys.LoadAsync(db, workspaceId, cancellationToken);
        return await StoreAsync(db, workspaceId, records, touchpoints, cancellationToken);
    }

    private async Task<BatchResult> StoreAsync(
        EkkoDbContext db, Guid workspaceId, IReadOnlyList<ResponseRecord> records, Dictionary<string, Guid> touchpoints, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        using var gate = await writeGate.EnterAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var customers = await CustomerIds.ResolveOrCreateAsync(db, workspaceId, records.Where(r => r.CustomerId is not null).Select(r => r.CustomerId!), now, cancellationToken);
        var rows = records.Select(r => new Response
        {
            WorkspaceId = workspaceId,
            ExternalId = r.Id,
            Survey = r.Survey,
            CustomerId = r.CustomerId is null ? null : customers[r.CustomerId],
            TouchpointId = r.Touchpoint is null ? null : touchpoints[r.Touchpoint],
            Channel = r.Channel,
            SubmittedAt = r.SubmittedAt,
            Language = r.Language,
            Metric = r.Metric,
            Score = r.Score,
            Comment = r.Comment,
            Answers = r.Answers.ToJsonString(EkkoJson.Options),
            Attributes = r.Attributes.ToJsonString(EkkoJson.Options),
            ReceivedAt = now,
        }).ToList();
        var inserted = await BulkInsert.InsertNewAsync(db, rows, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        return new BatchResult(records.Count, inserted.Count, records.Where(r => !inserted.Contains(r.Id)).Select(r => r.Id).ToList(), []);
    }
}
