namespace Ekko.Core.Data;

/// <summary>
/// Lets one ingestion transaction write at a time when the database allows only one writer (SQLite).
/// Without it, concurrent writers wait in SQLite's busy handler, which sleeps in growing steps (up to
/// 100 ms) instead of waking the moment the lock is free: measured as lower throughput and a long p99.
/// On PostgreSQL the gate is open and writers run in parallel.
/// </summary>
public sealed class WriteGate(bool oneWriterAtATime) : IDisposable
{
    private readonly SemaphoreSlim writer = new(1, 1);

    public static readonly WriteGate Open = new(false);

    public void Dispose() => writer.Dispose();

    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        if (!oneWriterAtATime)
        {
            return Released.Instance;
        }

        await writer.WaitAsync(cancellationToken);
        return new Held(writer);
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
