using Ekko.Core.Data;
using Ekko.Text.Themes;

namespace Ekko.Core.Features.TextInsights;

/// <summary>Reads and replaces a workspace's taxonomy; a replacement asks the pipeline to re-analyse what it has analysed so far.</summary>
internal static class TaxonomyStore
{
    /// <summary>The workspace's pipeline row (created when missing), or null when there is no such workspace.</summary>
    public static async Task<TextPipeline?> LoadAsync(EkkoDbContext db, WriteGate writeGate, Guid workspaceId, CancellationToken cancellationToken)
    {
        if (!await db.Workspaces.AnyAsync(w => w.Id == workspaceId, cancellationToken))
        {
            return null;
        }

        if (await db.TextPipelines.AsNoTracking().SingleOrDefaultAsync(p => p.WorkspaceId == workspaceId, cancellationToken) is { } pipeline)
        {
            return pipeline;
        }

        using (await writeGate.EnterAsync(cancellationToken))
        {
            await TextPipelineRows.EnsureAsync(db, cancellationToken);
        }

        return await db.TextPipelines.AsNoTracking().SingleAsync(p => p.WorkspaceId == workspaceId, cancellationToken);
    }

    /// <summary>
    /// Stores <paramref name="taxonomy"/> as the next version if the current one is still <paramref name="expectedVersion"/>,
    /// and starts the re-analysis of everything analysed so far; returns the new version, or null when another change came first.
    /// </summary>
    public static async Task<int?> SaveAsync(EkkoDbContext db, WriteGate writeGate, Guid workspaceId, ThemeTaxonomy taxonomy, int expectedVersion, CancellationToken cancellationToken)
    {
        var json = taxonomy.ToJson();
        using var gate = await writeGate.EnterAsync(cancellationToken);
        // One statement: the re-analysis target is the watermark as it is when the change lands, so a batch analysed
        // with the old taxonomy either committed before (and is redone) or finds the new version and is thrown away.
        var updated = await db.TextPipelines.Where(p => p.WorkspaceId == workspaceId && p.TaxonomyVersion == expectedVersion)
            .ExecuteUpdateAsync(s => s
                .SetProperty(p => p.Taxonomy, json)
                .SetProperty(p => p.TaxonomyVersion, p => p.TaxonomyVersion + 1)
                .SetProperty(p => p.ReanalysisTarget, p => p.AnalyzedSeq)
                .SetProperty(p => p.ReanalysisSeq, TextPipeline.Nothing)
                .SetProperty(p => p.ReanalysisDone, 0)
                .SetProperty(p => p.ReanalysisTotal, (int?)null), cancellationToken);
        return updated == 0 ? null : expectedVersion + 1;
    }
}
