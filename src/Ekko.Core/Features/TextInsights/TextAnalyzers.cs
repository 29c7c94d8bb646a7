using System.Collections.Concurrent;
using Ekko.Text;
using Ekko.Text.Themes;

namespace Ekko.Core.Features.TextInsights;

/// <summary>
/// The process's text analyzers: one with the default taxonomy, built once (about 0.3 s: language tables and
/// lexicons), and one per workspace that edited its taxonomy, derived from it in milliseconds and kept until the
/// workspace's taxonomy version changes. Analyzers are immutable and thread-safe, so one serves every request.
/// </summary>
public sealed class TextAnalyzers
{
    private readonly Lazy<TextAnalyzer> standard = new(() => new TextAnalyzer());
    private readonly ConcurrentDictionary<Guid, (int Version, TextAnalyzer Analyzer)> edited = new();

    public TextAnalyzer Default => standard.Value;

    /// <param name="taxonomyJson">The workspace's taxonomy (<see cref="TextPipeline.Taxonomy"/>), null for the default.</param>
    public TextAnalyzer For(Guid workspaceId, int version, string? taxonomyJson)
    {
        if (taxonomyJson is null)
        {
            return Default;
        }

        if (edited.TryGetValue(workspaceId, out var cached) && cached.Version == version)
        {
            return cached.Analyzer;
        }

        var analyzer = Default.WithTaxonomy(ThemeTaxonomy.FromJson(taxonomyJson));
        edited[workspaceId] = (version, analyzer);
        return analyzer;
    }

    /// <summary>A workspace's taxonomy, parsed once per version.</summary>
    public ThemeTaxonomy Taxonomy(TextPipeline pipeline) => For(pipeline.WorkspaceId, pipeline.TaxonomyVersion, pipeline.Taxonomy).Taxonomy;
}
