using Ekko.Analytics;

namespace Ekko.Core.Features.Responses;

/// <summary>A survey answer: collected by Ekko's own surveys or imported from another survey tool.</summary>
public sealed class Response
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid WorkspaceId { get; init; }

    /// <summary>The sender's response id; the idempotency key.</summary>
    public required string ExternalId { get; init; }

    /// <summary>The survey's key (<c>post-delivery</c>).</summary>
    public required string Survey { get; init; }

    public Guid? CustomerId { get; init; }
    public Guid? TouchpointId { get; init; }
    public string? Channel { get; init; }
    public DateTimeOffset SubmittedAt { get; init; }
    public string? Language { get; init; }
    public Metric? Metric { get; init; }
    public int? Score { get; init; }
    public string? Comment { get; init; }

    /// <summary>Answers to the survey's other questions as a JSON object keyed by question id.</summary>
    public string Answers { get; init; } = "{}";

    /// <summary>Dimensions to group and filter by (campaign, segment, region, ...) as a JSON object.</summary>
    public string Attributes { get; init; } = "{}";

    public DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The workspace change number this response was stored with.</summary>
    public long Seq { get; set; }
}
