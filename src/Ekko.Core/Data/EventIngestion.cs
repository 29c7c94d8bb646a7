using System.Text.Json.Nodes;
using Ekko.Core.Features.Customers;
using Ekko.Core.Features.Journeys;
using Ekko.Core.Formats;

namespace Ekko.Core.Data;

/// <summary>Where a record lands: the ids its keys resolve to, and when it was received.</summary>
internal sealed record EventPlacement(Guid WorkspaceId, Guid? CustomerId, Guid? TouchpointId, DateTimeOffset ReceivedAt);

/// <summary>
/// How events (interactions, responses) are stored, all-or-nothing: every record is validated first
/// (fields, touchpoints, ids unique within the batch) and only a batch without errors is written, in one
/// transaction. Ids already stored are reported as duplicates and left untouched, so a retry is harmless;
/// customers the events name but Ekko does not know yet are created with just their id. Rows that the metrics
/// index reflects get workspace change numbers through <paramref name="numberChange"/>.
/// </summary>
internal sealed class EventIngestion<TRecord, TRow>(
    IDbContextFactory<EkkoDbContext> dbFactory,
    TimeProvider clock,
    WriteGate writeGate,
    RecordKind<TRecord> kind,
    Func<TRecord, string?> customerOf,
    Func<TRecord, EventPlacement, TRow> toRow,
    Action<TRow, long>? numberChange = null,
    Func<EkkoDbContext, IReadOnlyList<TRow>, DateTimeOffset, CancellationToken, Task>? afterInsert = null)
    where TRecord : class
    where TRow : class
{
    public async Task<BatchResult> HandleAsync(Guid workspaceId, IReadOnlyList<JsonNode?> items, string itemPath, CancellationToken cancellationToken)
    {
        var touchpoints = await LoadTouchpointsAsync(workspaceId, cancellationToken);
        var (records, errors) = BatchValidation.Validate(items, itemPath, kind.Parse, kind.IdOf, kind.TouchpointOf, touchpoints);
        return errors.Count > 0
            ? BatchResult.Rejected(items.Count, errors)
            : await StoreAsync(workspaceId, records, touchpoints, cancellationToken);
    }

    /// <summary>Stores records that passed validation (the file import validates line by line first).</summary>
    public async Task<BatchResult> StoreAsync(Guid workspaceId, IReadOnlyList<TRecord> records, CancellationToken cancellationToken)
    {
        return await StoreAsync(workspaceId, records, await LoadTouchpointsAsync(workspaceId, cancellationToken), cancellationToken);
    }

    private async Task<Dictionary<string, Guid>> LoadTouchpointsAsync(Guid workspaceId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await TouchpointKeys.LoadAsync(db, workspaceId, cancellationToken);
    }

    /// <summary>The write runs in the gate's transaction, which may carry other requests' writes too (group commit).</summary>
    private Task<BatchResult> StoreAsync(
        Guid workspaceId, IReadOnlyList<TRecord> records, Dictionary<string, Guid> touchpoints, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return writeGate.WriteTogetherAsync(dbFactory, (writer, ct) => WriteAsync(writer, workspaceId, records, touchpoints, now, ct), cancellationToken);
    }

    /// <summary>
    /// The write itself, inside a transaction the caller holds: for callers that store events together with
    /// their own rows (a survey session and its response) in one commit.
    /// </summary>
    public async Task<BatchResult> WriteAsync(
        EkkoDbContext writer, Guid workspaceId, IReadOnlyList<TRecord> records, Dictionary<string, Guid> touchpoints, DateTimeOffset now, CancellationToken ct)
    {
        // Taken first: the counter's row lock orders this transaction before any customer rows it touches.
        var lastChange = numberChange is null ? 0 : await ChangeFeed.AdvanceAsync(writer, workspaceId, records.Count, ct);
        var customers = await CustomerIds.ResolveOrCreateAsync(writer, workspaceId, records.Select(customerOf).OfType<string>(), now, ct);
        var rows = records.Select(r => toRow(r, new EventPlacement(
            workspaceId,
            customerOf(r) is { } customer ? customers[customer] : null,
            kind.TouchpointOf(r) is { } touchpoint ? touchpoints[touchpoint] : null,
            now))).ToList();
        for (var i = 0; i < rows.Count && numberChange is not null; i++)
        {
            numberChange(rows[i], lastChange - rows.Count + 1 + i);
        }

        var inserted = await BulkInsert.InsertNewAsync(writer, rows, ct);
        if (afterInsert is not null)
        {
            // Same transaction: what follows from a stored event (a scheduled invitation) is stored with it or not at all.
            await afterInsert(writer, [.. rows.Where((_, i) => inserted.Contains(kind.IdOf(records[i])))], now, ct);
        }

        return new BatchResult(records.Count, inserted.Count, records.Select(kind.IdOf).Where(id => !inserted.Contains(id)).ToList(), []);
    }
}
