using System.Collections.Concurrent;
using Ekko.Analytics.Columnar;
using Ekko.Core.Data;
using Ekko.Core.Features.Journeys;

namespace Ekko.Core.Features.Metrics;

/// <summary>
/// One in-memory <see cref="ResponseIndex"/> per workspace, built from the database on first use and brought
/// up to date before every query by reading the changes numbered after the last one it applied (see
/// <see cref="ChangeFeed"/>): responses stored, customers updated, customers erased, by this instance, another
/// instance, or the CLI. Checking costs one primary-key lookup when nothing changed.
/// </summary>
public sealed class ResponseIndexes(IDbContextFactory<EkkoDbContext> dbFactory) : IDisposable
{
    private const int LoadBatch = 10_000;
    private readonly ConcurrentDictionary<Guid, Entry> entries = new();

    /// <summary>The workspace's index, including every change committed before this call.</summary>
    public async Task<ResponseIndex> CurrentAsync(Guid workspaceId, CancellationToken cancellationToken)
    {
        var entry = entries.GetOrAdd(workspaceId, _ => new Entry());
        await entry.Gate.WaitAsync(cancellationToken);
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var latest = await ChangeFeed.CurrentAsync(db, workspaceId, cancellationToken);
            if (entry.Index is null || latest != entry.AppliedChange)
            {
                entry.Index ??= new ResponseIndex();
                try
                {
                    await ApplyAsync(db, workspaceId, entry, latest, cancellationToken);
                }
                catch
                {
                    // Half-applied changes would be applied twice by the next try: start over from the database.
                    // The old index is dropped, not disposed: queries that already hold it may still be reading.
                    entry.Index = null;
                    entry.AppliedChange = Entry.Nothing;
                    throw;
                }
            }

            return entry.Index;
        }
        finally
        {
            entry.Gate.Release();
        }
    }

    public void Dispose()
    {
        foreach (var entry in entries.Values)
        {
            entry.Gate.Dispose();
            entry.Index?.Dispose();
        }
    }

    /// <summary>Applies the changes numbered (applied, latest]; from an empty index (applied = -1) that is everything.</summary>
    private static async Task ApplyAsync(EkkoDbContext db, Guid workspaceId, Entry entry, long latest, CancellationToken cancellationToken)
    {
        var index = entry.Index!;
        var after = entry.AppliedChange;
        var touchpoints = await TouchpointKeys.KeysByIdAsync(db, workspaceId, cancellationToken);

        // Customers first: a full load takes every customer's current attributes, a newer version included;
        // applying that early is harmless because the same version is applied again when its number comes up.
        var customers = db.Customers.AsNoTracking()
            .Where(c => c.WorkspaceId == workspaceId && (after == Entry.Nothing || (c.Seq > after && c.Seq <= latest)))
            .Select(c => new { c.Id, c.Attributes });
        await foreach (var customer in customers.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            index.SetCustomerAttributes(ResponseDimensions.CustomerKey(customer.Id), ResponseDimensions.Attributes(customer.Attributes));
        }

        // In time order, so that chunks cover short day ranges and queries skip most of them.
        var responses = db.Responses.AsNoTracking()
            .Where(r => r.WorkspaceId == workspaceId && r.Seq > after && r.Seq <= latest && r.Metric != null && r.Score != null)
            .OrderBy(r => r.SubmittedAt)
            .Select(r => new { r.Metric, r.Score, r.SubmittedAt, r.CustomerId, r.TouchpointId, r.Channel, r.Language, r.Survey, r.Attributes });
        var batch = new List<IndexedResponse>(LoadBatch);
        await foreach (var r in responses.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            batch.Add(ResponseDimensions.ToIndexed(
                r.Metric!.Value, r.Score!.Value, DateOnly.FromDateTime(r.SubmittedAt.UtcDateTime),
                r.CustomerId is { } customer ? ResponseDimensions.CustomerKey(customer) : null,
                r.TouchpointId is { } touchpoint ? touchpoints.GetValueOrDefault(touchpoint) : null,
                r.Channel, r.Language, r.Survey, r.Attributes));
            if (batch.Count == LoadBatch)
            {
                index.AddRange(batch);
                batch.Clear();
            }
        }

        index.AddRange(batch);

        var erased = db.CustomerErasures.AsNoTracking()
            .Where(e => e.WorkspaceId == workspaceId && e.Seq > after && e.Seq <= latest)
            .Select(e => e.CustomerId);
        await foreach (var customer in erased.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            index.RemoveCustomer(ResponseDimensions.CustomerKey(customer));
        }

        entry.AppliedChange = latest;
    }

    private sealed class Entry
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public ResponseIndex? Index { get; set; }

        /// <summary>Before any change was applied; rows stored before change numbers existed carry 0.</summary>
        public const long Nothing = -1;

        public long AppliedChange { get; set; } = Nothing;
    }
}
