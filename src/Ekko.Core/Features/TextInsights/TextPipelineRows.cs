using Ekko.Core.Data;

namespace Ekko.Core.Features.TextInsights;

/// <summary>Creates the pipeline rows of workspaces that have none yet (new workspaces, and every workspace once after the upgrade).</summary>
internal static class TextPipelineRows
{
    public static async Task EnsureAsync(EkkoDbContext db, CancellationToken cancellationToken)
    {
        var missing = db.Workspaces.Where(w => !db.TextPipelines.Any(p => p.WorkspaceId == w.Id));
        // Checked first because on SQLite even an insert that inserts nothing takes the write lock.
        if (!await missing.AnyAsync(cancellationToken))
        {
            return;
        }

        // ON CONFLICT DO NOTHING (same SQL on SQLite and PostgreSQL): two instances creating the same row is harmless.
        // SQLite needs the WHERE to tell the SELECT's end from the upsert clause.
        const string Insert = """
            INSERT INTO "TextPipelines" ("WorkspaceId", "TaxonomyVersion", "AnalyzedSeq", "ReanalysisSeq", "ReanalysisTarget", "ReanalysisDone")
            SELECT "Id", 1, -1, -1, -1, 0 FROM "Workspaces" WHERE true
            ON CONFLICT ("WorkspaceId") DO NOTHING
            """;
        await db.Database.ExecuteSqlRawAsync(Insert, cancellationToken);
    }
}
