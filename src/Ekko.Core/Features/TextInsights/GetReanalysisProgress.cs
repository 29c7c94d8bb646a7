using Ekko.Core.Data;

namespace Ekko.Core.Features.TextInsights;

public sealed record GetReanalysisProgressQuery(Guid WorkspaceId);

/// <param name="TaxonomyVersion">The taxonomy being applied.</param>
/// <param name="Done">Comments re-analysed with it so far.</param>
/// <param name="Total">Comments to re-analyse (analysed before the change); 0 when the taxonomy never changed.</param>
/// <param name="Waiting">Changes stored since the pipeline last caught up (new responses not yet analysed, as change numbers).</param>
public sealed record ReanalysisProgress(int TaxonomyVersion, int Done, int Total, bool Complete, long Waiting);

/// <summary>How far the background re-analysis after the last taxonomy change has come.</summary>
public sealed class GetReanalysisProgress(IDbContextFactory<EkkoDbContext> dbFactory, WriteGate writeGate)
{
    public async Task<ReanalysisProgress?> HandleAsync(GetReanalysisProgressQuery query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var pipeline = await TaxonomyStore.LoadAsync(db, writeGate, query.WorkspaceId, cancellationToken);
        if (pipeline is null)
        {
            return null;
        }

        var complete = pipeline.ReanalysisSeq >= pipeline.ReanalysisTarget;
        // The worker counts the total when it starts; until then it is counted here.
        var total = pipeline.ReanalysisTotal ?? (complete ? pipeline.ReanalysisDone : await db.Responses.CountAsync(
            r => r.WorkspaceId == query.WorkspaceId && r.Seq <= pipeline.ReanalysisTarget && r.Comment != null && r.Comment != "", cancellationToken));
        var latest = await ChangeFeed.CurrentAsync(db, query.WorkspaceId, cancellationToken);
        return new ReanalysisProgress(pipeline.TaxonomyVersion, complete ? total : Math.Min(pipeline.ReanalysisDone, total), total, complete,
            Math.Max(0, latest - Math.Max(pipeline.AnalyzedSeq, 0)));
    }
}
