using Ekko.Core.Data;

namespace Ekko.Core.Features.TextInsights;

public sealed record GetTaxonomyQuery(Guid WorkspaceId);

/// <summary>The workspace's theme taxonomy: the default of docs/formats.md until the workspace edits it.</summary>
public sealed class GetTaxonomy(IDbContextFactory<EkkoDbContext> dbFactory, TextAnalyzers analyzers, WriteGate writeGate)
{
    public async Task<TaxonomyView?> HandleAsync(GetTaxonomyQuery query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var pipeline = await TaxonomyStore.LoadAsync(db, writeGate, query.WorkspaceId, cancellationToken);
        return pipeline is null ? null : new TaxonomyView(pipeline.TaxonomyVersion, analyzers.Taxonomy(pipeline));
    }
}
