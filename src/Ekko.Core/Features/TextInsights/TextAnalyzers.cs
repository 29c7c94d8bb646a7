using System.Collections.Concurrent;
using Ekko.Core.Features.Workspaces;
using Ekko.Text;
using Ekko.Text.Languages;
using Ekko.Text.Themes;

namespace Ekko.Core.Features.TextInsights;

/// <summary>
/// The process's text analyzers: one with the default taxonomy and all four languages, built once (about 0.3 s:
/// language tables and lexicons), and one per workspace that edited its taxonomy or narrowed its languages, derived
/// in milliseconds (tables and lexicons are shared per process) and kept until the workspace's taxonomy version or
/// language list changes. Analyzers are immutable and thread-safe, so one serves every request.
/// </summary>
public sealed class TextAnalyzers
{
    private readonly Lazy<TextAnalyzer> standard = new(() => new TextAnalyzer());
    private readonly ConcurrentDictionary<Guid, (int Version, string Languages, TextAnalyzer Analyzer)> edited = new();
    private readonly ConcurrentDictionary<Guid, (int Version, ThemeTaxonomy Taxonomy)> taxonomies = new();

    public TextAnalyzer Default => standard.Value;

    /// <param name="taxonomyJson">The workspace's taxonomy (<see cref="TextPipeline.Taxonomy"/>), null for the default.</param>
    /// <param name="languages">The workspace's languages (<see cref="Workspace.Languages"/>), null for all four.</param>
    public TextAnalyzer For(Guid workspaceId, int version, string? taxonomyJson, string? languages = null)
    {
        var all = languages is null || languages == Workspace.DefaultLanguages;
        if (taxonomyJson is null && all)
        {
            return Default;
        }

        var key = all ? Workspace.DefaultLanguages : languages!;
        if (edited.TryGetValue(workspaceId, out var cached) && cached.Version == version && cached.Languages == key)
        {
            return cached.Analyzer;
        }

        var taxonomy = Taxonomy(workspaceId, version, taxonomyJson);
        var analyzer = all
            ? Default.WithTaxonomy(taxonomy)
            : new TextAnalyzer(new TextAnalyzerOptions { Languages = LanguageCodes.ParseList(key), Taxonomy = taxonomy });
        edited[workspaceId] = (version, key, analyzer);
        return analyzer;
    }

    /// <summary>A workspace's taxonomy, parsed once per version.</summary>
    public ThemeTaxonomy Taxonomy(TextPipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        return Taxonomy(pipeline.WorkspaceId, pipeline.TaxonomyVersion, pipeline.Taxonomy);
    }

    private ThemeTaxonomy Taxonomy(Guid workspaceId, int version, string? taxonomyJson)
    {
        if (taxonomyJson is null)
        {
            return ThemeTaxonomy.Default;
        }

        if (taxonomies.TryGetValue(workspaceId, out var cached) && cached.Version == version)
        {
            return cached.Taxonomy;
        }

        var taxonomy = ThemeTaxonomy.FromJson(taxonomyJson);
        taxonomies[workspaceId] = (version, taxonomy);
        return taxonomy;
    }
}
