using Ekko.Analytics;

namespace Ekko.Core.Features.Cases;

/// <summary>
/// When a stored response opens a case. Every condition that is set must hold (metric at or below a score,
/// one of the words in the comment, a customer attribute, a touchpoint); rules are tried in
/// <see cref="Position"/> order and the first match decides the case's priority, team and assignment.
/// </summary>
public sealed class CaseRule
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid WorkspaceId { get; init; }
    public required string Name { get; set; }
    public bool Active { get; set; } = true;
    public int Position { get; set; }

    public Metric? Metric { get; set; }

    /// <summary>Matches scores at or below this (NPS 6, CSAT 2, CES 3).</summary>
    public int? MaxScore { get; set; }

    /// <summary>Words or phrases, any of which in the comment matches (case-insensitive, whole words), as a JSON array.</summary>
    public string Keywords { get; set; } = "[]";

    public string? CustomerAttribute { get; set; }
    public string? CustomerAttributeValue { get; set; }
    public Guid? TouchpointId { get; set; }

    /// <summary>
    /// Reserved for the text pipeline (sentiment label, theme id): a rule with one of these matches only when a
    /// <see cref="CommentSignals"/> for the response says so. Until the pipeline stores its results, nothing does.
    /// </summary>
    public string? Sentiment { get; set; }

    public string? Theme { get; set; }

    public CasePriority Priority { get; set; } = CasePriority.Normal;

    /// <summary>A customer whose numeric attribute (lifetime value) is at least <see cref="RaisePriorityAtLeast"/> gets one priority level more.</summary>
    public string? RaisePriorityAttribute { get; set; }

    public double? RaisePriorityAtLeast { get; set; }

    /// <summary>The team that takes the case; without one, the team responsible for the response's touchpoint.</summary>
    public Guid? TeamId { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
}
