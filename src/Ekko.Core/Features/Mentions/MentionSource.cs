namespace Ekko.Core.Features.Mentions;

/// <summary>
/// A feed (RSS 2.0 or Atom) a workspace listens to: polled every <see cref="IntervalMinutes"/> by
/// <see cref="PollMentionSources"/>, each new item stored as a mention with source <c>rss:URL</c>. The row also
/// holds what the conditional GET needs (the validators the server sent last), how the last poll went, and the
/// lease that keeps two instances from polling it at once.
/// </summary>
public sealed class MentionSource
{
    public const int MaxUrlLength = 990;
    public const int MinIntervalMinutes = 5;
    public const int MaxIntervalMinutes = 1440;
    public const int DefaultIntervalMinutes = 15;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid WorkspaceId { get; init; }
    public required string Url { get; init; }

    /// <summary>The language the feed is written in, as a hint for posts too short to tell; null leaves it to detection.</summary>
    public string? Language { get; init; }

    public int IntervalMinutes { get; init; } = DefaultIntervalMinutes;
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the feed is due; after failures later than the interval says (backoff).</summary>
    public DateTimeOffset NextPollAt { get; set; }

    public DateTimeOffset? LastPolledAt { get; set; }
    public DateTimeOffset? LastSuccessAt { get; set; }
    public int? LastStatusCode { get; set; }
    public string? LastError { get; set; }
    public int ConsecutiveFailures { get; set; }

    /// <summary>The feed's validators from its last 200 answer, sent back as If-None-Match and If-Modified-Since.</summary>
    public string? ETag { get; set; }

    public string? LastModified { get; set; }

    /// <summary>Mentions this feed has brought in so far.</summary>
    public int MentionsStored { get; set; }

    public string? LeaseOwner { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }

    /// <summary>The <c>source</c> of the mentions read from this feed.</summary>
    public string SourceName => SourceOf(Url);

    public static string SourceOf(string url) => "rss:" + url;
}
