namespace Ekko.Core.Features.Mentions;

/// <summary>A feed the workspace listens to, as the API shows it: what it is, and how its polling goes.</summary>
public sealed record MentionSourceView(
    Guid Id, string Url, string Source, string? Language, int IntervalMinutes, DateTimeOffset CreatedAt, DateTimeOffset NextPollAt,
    DateTimeOffset? LastPolledAt, DateTimeOffset? LastSuccessAt, int? LastStatusCode, string? LastError, int ConsecutiveFailures, int MentionsStored)
{
    public static MentionSourceView Of(MentionSource s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new(s.Id, s.Url, s.SourceName, s.Language, s.IntervalMinutes, s.CreatedAt, s.NextPollAt, s.LastPolledAt, s.LastSuccessAt, s.LastStatusCode,
            s.LastError, s.ConsecutiveFailures, s.MentionsStored);
    }
}
