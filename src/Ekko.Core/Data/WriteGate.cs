using System.Collections.Concurrent;

namespace Ekko.Core.Data;

/// <summary>
/// Writes to a database that allows one writer at a time (SQLite). Without it, concurrent writers wait in
/// SQLite's busy handler, which sleeps in growing steps (up to 100 ms) instead of waking when the lock is
/// free: measured as lower throughput and a long p99. With it, writers queue in-process, and
/// <see cref="WriteTogetherAsync"/> lets the writer at the head of the queue commit every write waiting behind
/// it in the same transaction (group commit), so many small requests share one BEGIN/COMMIT.
/// On PostgreSQL the gate is open: each write has its own transaction and writers run in parallel.
/// </summary>
public sealed class WriteGate(bool oneWriterAtATime) : IDisposable
{
    /// <summary>Most writes one group transaction carries; a bound on how long the first of them waits.</summary>
    private const int MaxWritesPerGroup = 64;

    private readonly SemaphoreSlim writer = new(1, 1);
    private readonly ConcurrentQueue<IGroupedWrite> waiting = new();

    public static readonly WriteGate Open = new(false);

    public void Dispose() => writer.Dispose();

    /// <summary>Holds the gate for a write that runs its own transaction (customer upserts).</summary>
    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        if (!oneWriterAtATime)
        {
            return Released.Instance;
        }

        await writer.WaitAsync(cancellationToken);
        return new Held(writer);
    }

    /// <summary>
    /// Runs <paramref name="write"/> in a transaction, committed together with the writes queued at the same
    /// moment when there is one writer at a time. Each write is all-or-nothing: when a group fails, its
    /// writes are retried one transaction each, so one failing write never takes the others with it.
    /// </summary>
    public async Task<T> WriteTogetherAsync<T>(
        IDbContextFactory<EkkoDbContext> dbFactory, Func<EkkoDbContext, CancellationToken, Task<T>> write, CancellationToken cancellationToken)
    {
        if (!oneWriterAtATime)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var result = await write(db, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }

        var grouped = new GroupedWrite<T>(write);
        waiting.Enqueue(grouped);
        // A caller cancelled while waiting leaves its write queued: the next writer commits it. That is safe
        // because every write here is idempotent on its records' ids, and it never leaves half a write.
        await writer.WaitAsync(cancellationToken);
        try
        {
            // Whoever holds the gate writes everything queued; a write done by an earlier holder is complete.
            while (!grouped.Task.IsCompleted && !waiting.IsEmpty)
            {
                await WriteGroupAsync(dbFactory);
            }
        }
        finally
        {
            writer.Release();
        }

        return await grouped.Task;
    }

    private async Task WriteGroupAsync(IDbContextFactory<EkkoDbContext> dbFactory)
    {
        var group = new List<IGroupedWrite>();
        while (group.Count < MaxWritesPerGroup && waiting.TryDequeue(out var next))
        {
            group.Add(next);
        }

        // The writes belong to several requests: none of their cancellations may stop the others'.
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(CancellationToken.None);
            await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
            foreach (var write in group)
            {
                await write.RunAsync(db);
            }

            await transaction.CommitAsync(CancellationToken.None);
            group.ForEach(w => w.Complete());
        }
        catch (Exception) when (group.Count > 1)
        {
            foreach (var write in group)
            {
                await WriteAloneAsync(dbFactory, write);
            }
        }
        catch (Exception e)
        {
            group.Single().Fail(e);
        }
    }

    private static async Task WriteAloneAsync(IDbContextFactory<EkkoDbContext> dbFactory, IGroupedWrite write)
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(CancellationToken.None);
            await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
            await write.RunAsync(db);
            await transaction.CommitAsync(CancellationToken.None);
            write.Complete();
        }
        catch (Exception e)
        {
            write.Fail(e);
        }
    }

    private interface IGroupedWrite
    {
        Task RunAsync(EkkoDbContext db);

        void Complete();

        void Fail(Exception exception);
    }

    private sealed class GroupedWrite<T>(Func<EkkoDbContext, CancellationToken, Task<T>> write) : IGroupedWrite
    {
        private readonly TaskCompletionSource<T> completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T result = default!;

        public Task<T> Task => completion.Task;

        public async Task RunAsync(EkkoDbContext db) => result = await write(db, CancellationToken.None);

        public void Complete() => completion.TrySetResult(result);

        public void Fail(Exception exception) => completion.TrySetException(exception);
    }

    private sealed class Held(SemaphoreSlim writer) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                writer.Release();
            }
        }
    }

    private sealed class Released : IDisposable
    {
        public static readonly Released Instance = new();

        public void Dispose()
        {
        }
    }
}
