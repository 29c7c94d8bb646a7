namespace Ekko.Core.Data;

/// <summary>
/// Numbers every change that the metrics index reflects (responses stored, customers updated, customers
/// erased), and mentions stored (which only the text pipeline reads), from one counter per workspace, taken at the start of the writing transaction. The update locks
/// the workspace's row until commit, so numbers are handed out in commit order: once a reader has seen
/// number N committed, every change numbered N or lower is visible to it, and an index that has applied
/// everything up to N only needs what is newer. (PostgreSQL thereby writes one workspace's responses one
/// transaction at a time; SQLite writes one transaction at a time anyway.)
/// </summary>
internal static class ChangeFeed
{
    /// <summary>Reserves <paramref name="count"/> numbers and returns the last; the first is last - count + 1.</summary>
    public static async Task<long> AdvanceAsync(EkkoDbContext db, Guid workspaceId, int count, CancellationToken cancellationToken)
    {
        await db.Workspaces.Where(w => w.Id == workspaceId)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.ChangeSeq, w => w.ChangeSeq + count), cancellationToken);
        return await CurrentAsync(db, workspaceId, cancellationToken);
    }

    public static Task<long> CurrentAsync(EkkoDbContext db, Guid workspaceId, CancellationToken cancellationToken) =>
        db.Workspaces.Where(w => w.Id == workspaceId).Select(w => w.ChangeSeq).SingleAsync(cancellationToken);
}
