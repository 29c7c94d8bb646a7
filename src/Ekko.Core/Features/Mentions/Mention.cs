namespace Ekko.Core.Features.Mentions;

/// <summary>
/// A public post about the brand found on social media, a forum or a review site (the <c>mentions</c> format):
/// sent by an integration, imported from a file, or read from a feed the workspace listens to
/// (<see cref="MentionSource"/>). Analysed by the text pipeline like a survey comment.
/// </summary>
public sealed class Mention
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid WorkspaceId { get; init; }

    /// <summary>The id in the source (a post id, a feed item's guid or link); the idempotency key within a workspace.</summary>
    public required string ExternalId { get; init; }

    /// <summary>Where it was found: <c>rss:URL</c> for feeds, otherwise the sender's name for the platform (<c>twitter</c>, <c>forum:flashback</c>).</summary>
    public required string Source { get; init; }

    public string? Author { get; init; }
    public required string Text { get; init; }
    public string? Url { get; init; }
    public DateTimeOffset PublishedAt { get; init; }

    /// <summary>The language the source says the post is in; the analysis detects its own among the workspace's languages.</summary>
    public string? Language { get; init; }

    public string? Location { get; init; }

    /// <summary>The hashtags as a JSON array of strings.</summary>
    public string Hashtags { get; init; } = "[]";

    /// <summary>Fields of the record that the format does not define, kept as a JSON object.</summary>
    public string Attributes { get; init; } = "{}";

    public DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The workspace change number it was stored with: the text pipeline's watermark covers mentions and responses alike.</summary>
    public long Seq { get; set; }
}
