namespace Ekko.Core.Features.TextInsights;

/// <summary>
/// A workspace's text pipeline: its taxonomy, how far its comments have been analysed (watermarks on the
/// response change numbers, <c>Responses.Seq</c>), how far the re-analysis after a taxonomy change has come,
/// and who holds the lease to work on it. One row per workspace, so that several app instances share the
/// work without doing any of it twice: only the lease holder writes, and each write checks that it still
/// holds the lease and that the taxonomy it used is still current.
/// </summary>
public sealed class TextPipeline
{
    /// <summary>Before anything was analysed; responses stored before change numbers existed carry 0.</summary>
    public const long Nothing = -1;

    public Guid WorkspaceId { get; init; }

    /// <summary>The workspace's taxonomy as JSON (the format of <see cref="Text.Themes.ThemeTaxonomy.ToJson"/>); null while it is the default.</summary>
    public string? Taxonomy { get; set; }

    /// <summary>Starts at 1 (the default taxonomy); every change adds one.</summary>
    public int TaxonomyVersion { get; set; } = 1;

    /// <summary>Every response comment numbered up to this is analysed (with the taxonomy of its analysis).</summary>
    public long AnalyzedSeq { get; set; } = Nothing;

    /// <summary>The re-analysis after the last taxonomy change has redone the comments numbered up to this ...</summary>
    public long ReanalysisSeq { get; set; } = Nothing;

    /// <summary>... of those numbered up to this (what was analysed when the taxonomy changed); done when they meet.</summary>
    public long ReanalysisTarget { get; set; } = Nothing;

    public int ReanalysisDone { get; set; }

    /// <summary>How many comments the re-analysis has to redo; counted when it starts.</summary>
    public int? ReanalysisTotal { get; set; }

    public string? LeaseOwner { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }
}
