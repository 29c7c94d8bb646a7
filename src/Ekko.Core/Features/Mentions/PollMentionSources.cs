using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Mentions;

/// <param name="Owner">Who polls: unique per running instance, so a lease tells instances apart.</param>
public sealed record PollMentionSourcesCommand(string Owner, int MaxSources = 20);

/// <param name="Failed">Sources whose poll failed this round (the error is on the source, which waits longer next time).</param>
public sealed record PollMentionSourcesResult(int Polled, int NotModified, int Failed, int MentionsStored);

/// <summary>
/// Reads the feeds that are due and stores their new items as mentions (source <c>rss:URL</c>, id the item's guid or
/// link). Each source is claimed with a lease before it is fetched, so two instances never poll the same feed at
/// once. The fetch is a conditional GET (If-None-Match, If-Modified-Since from the last answer), so an unchanged
/// feed costs a 304. The new mentions and the source's new state are one transaction; ids already stored are left
/// alone, so an item seen again (or a poll repeated after a crash) is stored once. A failure (no answer, a status
/// other than 2xx/304, a document that is not a feed or is too large) is recorded on the source and the next poll
/// waits interval x 2^failures, at most a day; nothing a feed sends can stop the other sources from being polled.
/// </summary>
public sealed class PollMentionSources(
    IDbContextFactory<EkkoDbContext> dbFactory, FeedTransport transport, ListeningOptions options, IngestMentions ingest, TimeProvider clock, WriteGate writeGate)
{
    /// <summary>Longer than a fetch can take (the timeout) and the write after it.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    public static readonly TimeSpan MaxBackoff = TimeSpan.FromDays(1);

    public async Task<PollMentionSourcesResult> HandleAsync(PollMentionSourcesCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var due = await db.MentionSources
            .Where(s => s.NextPollAt <= now && (s.LeaseUntil == null || s.LeaseUntil < now))
            .OrderBy(s => s.NextPollAt).ThenBy(s => s.Id)
            .Select(s => s.Id).Take(Math.Max(1, command.MaxSources)).ToListAsync(cancellationToken);
        int polled = 0, notModified = 0, failed = 0, stored = 0;
        foreach (var id in due)
        {
            var claimed = await db.MentionSources
                .Where(s => s.Id == id && s.NextPollAt <= now && (s.LeaseUntil == null || s.LeaseUntil < now))
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.LeaseOwner, command.Owner).SetProperty(s => s.LeaseUntil, now + Lease), cancellationToken);
            if (claimed == 0)
            {
                continue; // another instance took it between the two statements
            }

            var source = await db.MentionSources.AsNoTracking().SingleAsync(s => s.Id == id, cancellationToken);
            polled++;
            var outcome = await FetchAsync(source, cancellationToken);
            var at = clock.GetUtcNow();
            if (outcome.Error is { } error)
            {
                failed++;
                var failures = source.ConsecutiveFailures + 1;
                await Mine(db, source, command.Owner).ExecuteUpdateAsync(u => u
                    .SetProperty(s => s.LastPolledAt, at)
                    .SetProperty(s => s.LastStatusCode, outcome.Status)
                    .SetProperty(s => s.LastError, error.Length <= 1000 ? error : error[..1000])
                    .SetProperty(s => s.ConsecutiveFailures, failures)
                    .SetProperty(s => s.NextPollAt, at + Backoff(source.IntervalMinutes, failures))
                    .SetProperty(s => s.LeaseOwner, (string?)null)
                    .SetProperty(s => s.LeaseUntil, (DateTimeOffset?)null), CancellationToken.None);
                continue;
            }

            if (outcome.Status == (int)HttpStatusCode.NotModified)
            {
                notModified++;
            }

            var records = outcome.Records;
            var created = await writeGate.WriteTogetherAsync(dbFactory, async (writer, ct) =>
            {
                var result = records.Count == 0 ? 0 : (await ingest.WriteAsync(writer, source.WorkspaceId, records, ct)).Created;
                await Mine(writer, source, command.Owner).ExecuteUpdateAsync(u => u
                    .SetProperty(s => s.LastPolledAt, at)
                    .SetProperty(s => s.LastSuccessAt, at)
                    .SetProperty(s => s.LastStatusCode, outcome.Status)
                    .SetProperty(s => s.LastError, (string?)null)
                    .SetProperty(s => s.ConsecutiveFailures, 0)
                    .SetProperty(s => s.ETag, s => outcome.Status == 200 ? outcome.ETag : s.ETag)
                    .SetProperty(s => s.LastModified, s => outcome.Status == 200 ? outcome.LastModified : s.LastModified)
                    .SetProperty(s => s.MentionsStored, s => s.MentionsStored + result)
                    .SetProperty(s => s.NextPollAt, at + TimeSpan.FromMinutes(source.IntervalMinutes))
                    .SetProperty(s => s.LeaseOwner, (string?)null)
                    .SetProperty(s => s.LeaseUntil, (DateTimeOffset?)null), ct);
                return result;
            }, cancellationToken);
            stored += created;
        }

        return new PollMentionSourcesResult(polled, notModified, failed, stored);
    }

    /// <summary>The source's row while this instance still holds its lease: a poll that outlived its lease writes nothing about the source.</summary>
    private static IQueryable<MentionSource> Mine(EkkoDbContext db, MentionSource source, string owner) =>
        db.MentionSources.Where(s => s.Id == source.Id && s.LeaseOwner == owner);

    public static TimeSpan Backoff(int intervalMinutes, int failures)
    {
        var minutes = intervalMinutes * Math.Pow(2, Math.Min(failures, 20));
        return TimeSpan.FromMinutes(Math.Min(minutes, MaxBackoff.TotalMinutes));
    }

    private sealed record Outcome(int? Status, string? Error, IReadOnlyList<MentionRecord> Records, string? ETag = null, string? LastModified = null);

    private async Task<Outcome> FetchAsync(MentionSource source, CancellationToken cancellationToken)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, source.Url);
            if (source.ETag is { } etag)
            {
                request.Headers.TryAddWithoutValidation("If-None-Match", etag);
            }

            if (source.LastModified is { } modified)
            {
                request.Headers.TryAddWithoutValidation("If-Modified-Since", modified);
            }

            using var response = await transport.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var status = (int)response.StatusCode;
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return new Outcome(status, null, []);
            }

            if (!response.IsSuccessStatusCode)
            {
                return new Outcome(status, $"the feed answered HTTP {status} {response.ReasonPhrase}", []);
            }

            if (response.Content.Headers.ContentLength > options.MaxFeedBytes)
            {
                return new Outcome(status, $"the feed is {response.Content.Headers.ContentLength} bytes, more than the {options.MaxFeedBytes} bytes that are read", []);
            }

            using var body = new MemoryStream();
            await using (var stream = await response.Content.ReadAsStreamAsync(cancellationToken))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    if (body.Length + read > options.MaxFeedBytes)
                    {
                        return new Outcome(status, $"the feed is larger than the {options.MaxFeedBytes} bytes that are read", []);
                    }

                    body.Write(buffer, 0, read);
                }
            }

            body.Position = 0;
            var feed = FeedParser.Parse(body, source.Url, options.MaxFeedBytes);
            return new Outcome(status, null, Records(source, feed), response.Headers.ETag?.ToString(),
                response.Content.Headers.LastModified?.ToString("R", CultureInfo.InvariantCulture));
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // A timeout is a TaskCanceledException too; only the caller's own cancellation stops the round.
            return new Outcome(null, e switch
            {
                FeedFormatException => e.Message,
                TaskCanceledException => $"no answer within {options.TimeoutSeconds} s",
                HttpRequestException { InnerException: { } inner } => $"{e.Message} ({inner.Message})",
                _ => e.Message,
            }, []);
        }
    }

    /// <summary>The feed's items as mention records, through the same validation as every other mention; items it refuses are skipped.</summary>
    private List<MentionRecord> Records(MentionSource source, ParsedFeed feed)
    {
        var now = clock.GetUtcNow();
        var language = source.Language ?? feed.Language;
        var records = new List<MentionRecord>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in feed.Items.OrderByDescending(i => i.PublishedAt ?? now).Take(options.MaxItemsPerPoll))
        {
            if (!seen.Add(item.Id))
            {
                continue;
            }

            var json = new JsonObject
            {
                ["id"] = item.Id,
                ["source"] = source.SourceName,
                ["text"] = item.Text,
                ["published_at"] = (item.PublishedAt ?? now).ToString("O", CultureInfo.InvariantCulture),
                ["hashtags"] = new JsonArray([.. item.Hashtags.Select(h => (JsonNode?)h)]),
            };
            if (item.Author is { } author)
            {
                json["author"] = author;
            }

            if (item.Url is { } url)
            {
                json["url"] = url;
            }

            if (language is not null)
            {
                json["language"] = language;
            }

            if (MentionRecord.Parse(json).Value is { } record)
            {
                records.Add(record);
            }
        }

        return records;
    }
}
