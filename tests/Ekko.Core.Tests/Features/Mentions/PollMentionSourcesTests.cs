using System.Text.Json.Nodes;
using Ekko.Core.Features.Mentions;
using Ekko.Core.Features.Workspaces;
using Ekko.Core.Formats;
using Ekko.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Ekko.Core.Tests.Features.Mentions;

/// <summary>
/// Listening against a real HTTP server on 127.0.0.1: new items become mentions once, an unchanged feed is a 304 thanks
/// to the ETag, a broken feed is recorded on its source with backoff while the other feeds go on, a leased source is left
/// alone, and a private address is refused unless allowed.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "xunit disposes it through IAsyncLifetime.DisposeAsync")]
public sealed class PollMentionSourcesTests : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 4, 20, 12, 0, 0, TimeSpan.Zero));
    private readonly FeedServer server = new();
    private readonly FeedTransport transport = new(new ListeningOptions { AllowPrivateNetworks = true, TimeoutSeconds = 5 });
    private TestDatabase db = null!;
    private Guid workspace;

    public async Task InitializeAsync()
    {
        db = await TestDatabase.CreateAsync();
        workspace = (await new CreateWorkspace(db, clock).HandleAsync(new CreateWorkspaceCommand("Org", "Nordvik", "nordvik"), CancellationToken.None)).Value!.Id;
    }

    public async Task DisposeAsync()
    {
        transport.Dispose();
        await server.DisposeAsync();
        await db.DisposeAsync();
    }

    private static string Rss(params (string Guid, string Title, string Description, string Date)[] items) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel><title>Teknikdebatt: Nordvik</title><link>https://teknikdebatt.example.se/</link><description>Trådar</description><language>sv-se</language>
          {string.Concat(items.Select(i => $"<item><title>{i.Title}</title><link>https://teknikdebatt.example.se/t/{i.Guid}</link><guid isPermaLink=\"false\">{i.Guid}</guid><dc:creator>kalle_k</dc:creator><pubDate>{i.Date}</pubDate><description>{i.Description}</description></item>"))}
          </channel>
        </rss>
        """;

    private async Task<MentionSourceView> ListenAsync(string url, int interval = 15)
    {
        var created = await new CreateMentionSource(db, clock).HandleAsync(
            new CreateMentionSourceCommand(workspace, JsonNode.Parse($$"""{"url": "{{url}}", "interval_minutes": {{interval}}}""")), CancellationToken.None);
        Assert.True(created.Status == CommandStatus.Ok, string.Join("; ", created.Errors));
        return created.Value!;
    }

    private Task<PollMentionSourcesResult> PollAsync(string owner = "instance-a", ListeningOptions? options = null, FeedTransport? through = null) =>
        new PollMentionSources(db, through ?? transport, options ?? new ListeningOptions(), new IngestMentions(db, clock, db.WriteGate), clock, db.WriteGate)
            .HandleAsync(new PollMentionSourcesCommand(owner), CancellationToken.None);

    private async Task<List<Mention>> MentionsAsync()
    {
        await using var context = db.CreateDbContext();
        return await context.Mentions.Where(m => m.WorkspaceId == workspace).OrderBy(m => m.PublishedAt).ToListAsync();
    }

    private async Task<MentionSource> SourceAsync(Guid id)
    {
        await using var context = db.CreateDbContext();
        return await context.MentionSources.AsNoTracking().SingleAsync(s => s.Id == id);
    }

    [Fact]
    public async Task New_items_become_mentions_once_and_an_unchanged_feed_is_asked_for_conditionally_and_answered_304()
    {
        server.Serve("/feed.rss", Rss(
            ("101", "Vårrean", "Rabatten drogs inte i kassan &lt;b&gt;#vårrea&lt;/b&gt;", "Mon, 13 Apr 2026 09:00:00 +0200"),
            ("102", "Bra butik", "Trevlig personal i Göteborg.", "Tue, 14 Apr 2026 18:00:00 GMT")));
        var source = await ListenAsync(server.Url("/feed.rss"));

        var first = await PollAsync();
        clock.Advance(TimeSpan.FromMinutes(15));
        var second = await PollAsync();
        server.Serve("/feed.rss", Rss(
            ("101", "Vårrean", "Rabatten drogs inte i kassan &lt;b&gt;#vårrea&lt;/b&gt;", "Mon, 13 Apr 2026 09:00:00 +0200"),
            ("102", "Bra butik", "Trevlig personal i Göteborg.", "Tue, 14 Apr 2026 18:00:00 GMT"),
            ("103", "Leverans", "Paketet kom på en dag.", "Wed, 15 Apr 2026 07:30:00 Z")));
        clock.Advance(TimeSpan.FromMinutes(15));
        var third = await PollAsync();

        Assert.Equal((1, 0, 0, 2), (first.Polled, first.NotModified, first.Failed, first.MentionsStored));
        Assert.Equal((1, 1, 0, 0), (second.Polled, second.NotModified, second.Failed, second.MentionsStored));
        Assert.Equal((1, 0, 0, 1), (third.Polled, third.NotModified, third.Failed, third.MentionsStored));
        var requests = server.Requests.ToList();
        Assert.Equal([200, 304, 200], requests.Select(r => r.AnsweredWith));
        Assert.Equal([null, "\"v1\"", "\"v1\""], requests.Select(r => r.IfNoneMatch));
        Assert.Equal("Thu, 02 Apr 2026 08:00:00 GMT", requests[1].IfModifiedSince);

        var mentions = await MentionsAsync();
        Assert.Equal(3, mentions.Count);
        var sale = mentions[0];
        Assert.Equal($"{server.Url("/feed.rss")}#101", sale.ExternalId);
        Assert.Equal($"rss:{server.Url("/feed.rss")}", sale.Source);
        Assert.Equal("Vårrean\n\nRabatten drogs inte i kassan #vårrea", sale.Text);
        Assert.Equal(("kalle_k", "https://teknikdebatt.example.se/t/101", "sv"), (sale.Author, sale.Url, sale.Language));
        Assert.Equal(new DateTimeOffset(2026, 4, 13, 7, 0, 0, TimeSpan.Zero), sale.PublishedAt);
        Assert.Equal("""["#vårrea"]""", sale.Hashtags);
        Assert.Equal(new DateTimeOffset(2026, 4, 15, 7, 30, 0, TimeSpan.Zero), mentions[2].PublishedAt);

        var state = await SourceAsync(source.Id);
        Assert.Equal((3, 0, 200, "\"v2\""), (state.MentionsStored, state.ConsecutiveFailures, state.LastStatusCode, state.ETag));
        Assert.Equal(clock.GetUtcNow().AddMinutes(15), state.NextPollAt);
        Assert.Null(state.LeaseOwner);
    }

    [Fact]
    public async Task A_broken_feed_is_recorded_on_its_source_with_backoff_and_the_other_feeds_are_still_read()
    {
        server.Serve("/ok.atom", """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Forum</title><id>urn:forum</id><updated>2026-04-19T10:00:00Z</updated>
              <entry><id>urn:forum:post:7</id><title>Nordvik kundtjänst</title><updated>2026-04-19T10:00:00Z</updated><author><name>Anna</name></author>
                <link href="https://forum.example.se/p/7"/><summary type="html">&lt;p&gt;Snabbt svar från kundtjänsten.&lt;/p&gt;</summary></entry>
            </feed>
            """, "application/atom+xml");
        server.Serve("/broken.rss", "<html><body>Our forum moved</body></html>", "text/html");
        server.Fail("/down.rss", 503);
        server.Serve("/bomb.rss", """<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><rss version="2.0"><channel><title>&lol2;</title></channel></rss>""");
        var ok = await ListenAsync(server.Url("/ok.atom"));
        var broken = await ListenAsync(server.Url("/broken.rss"), interval: 10);
        var down = await ListenAsync(server.Url("/down.rss"), interval: 10);
        var bomb = await ListenAsync(server.Url("/bomb.rss"), interval: 10);

        var result = await PollAsync();

        Assert.Equal((4, 3, 1), (result.Polled, result.Failed, result.MentionsStored));
        var mention = Assert.Single(await MentionsAsync());
        Assert.Equal(("urn:forum:post:7", "Anna", "Nordvik kundtjänst\n\nSnabbt svar från kundtjänsten."), (mention.ExternalId, mention.Author, mention.Text));
        Assert.Equal(0, (await SourceAsync(ok.Id)).ConsecutiveFailures);
        var now = clock.GetUtcNow();
        foreach (var (id, error) in new[] { (broken.Id, "not an RSS 2.0 or Atom 1.0 feed"), (down.Id, "HTTP 503"), (bomb.Id, "DTD") })
        {
            var state = await SourceAsync(id);
            Assert.Contains(error, state.LastError, StringComparison.Ordinal);
            Assert.Equal((1, now.AddMinutes(20)), (state.ConsecutiveFailures, state.NextPollAt)); // 10 minutes x 2^1
            Assert.Null(state.LeaseOwner);
        }

        clock.Advance(TimeSpan.FromMinutes(20));
        await PollAsync();
        var again = await SourceAsync(down.Id);
        Assert.Equal((2, clock.GetUtcNow().AddMinutes(40)), (again.ConsecutiveFailures, again.NextPollAt));
        server.Serve("/down.rss", Rss(("1", "Tillbaka", "Forumet är uppe igen.", "Mon, 20 Apr 2026 12:00:00 GMT")));
        clock.Advance(TimeSpan.FromMinutes(40));
        await PollAsync();
        var recovered = await SourceAsync(down.Id);
        Assert.Equal((0, null, 1), (recovered.ConsecutiveFailures, recovered.LastError, recovered.MentionsStored));
    }

    [Fact]
    public async Task A_source_leased_by_another_instance_is_not_polled_until_the_lease_expires()
    {
        server.Serve("/feed.rss", Rss(("1", "Hej", "Nordvik är bra.", "Mon, 20 Apr 2026 10:00:00 GMT")));
        var source = await ListenAsync(server.Url("/feed.rss"));
        await using (var context = db.CreateDbContext())
        {
            await context.MentionSources.Where(s => s.Id == source.Id).ExecuteUpdateAsync(u => u
                .SetProperty(s => s.LeaseOwner, "instance-b").SetProperty(s => s.LeaseUntil, clock.GetUtcNow().AddMinutes(1)));
        }

        var blocked = await PollAsync("instance-a");
        clock.Advance(TimeSpan.FromMinutes(2));
        var taken = await PollAsync("instance-a");

        Assert.Equal((0, 1), (blocked.Polled, taken.Polled));
        Assert.Single(server.Requests);
        Assert.Single(await MentionsAsync());
    }

    [Fact]
    public async Task A_feed_on_a_private_address_is_refused_unless_allowed()
    {
        server.Serve("/feed.rss", Rss(("1", "Hej", "Nordvik är bra.", "Mon, 20 Apr 2026 10:00:00 GMT")));
        var source = await ListenAsync(server.Url("/feed.rss"));
        using var strict = new FeedTransport(new ListeningOptions());

        var result = await PollAsync(through: strict);

        Assert.Equal(1, result.Failed);
        Assert.Empty(server.Requests);
        Assert.Contains("private network", (await SourceAsync(source.Id)).LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_feed_larger_than_the_limit_is_refused_without_storing_anything()
    {
        server.Serve("/big.rss", Rss([.. Enumerable.Range(0, 200).Select(i => ($"{i}", "Lång tråd", new string('x', 500), "Mon, 20 Apr 2026 10:00:00 GMT"))]));
        var source = await ListenAsync(server.Url("/big.rss"));

        var result = await PollAsync(options: new ListeningOptions { MaxFeedBytes = 50_000 });

        Assert.Equal(1, result.Failed);
        Assert.Empty(await MentionsAsync());
        Assert.Contains("50000 bytes", (await SourceAsync(source.Id)).LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_feed_twice_is_a_conflict_and_a_bad_body_names_its_fields()
    {
        await ListenAsync("https://forum.example.se/feed.rss");
        var again = await new CreateMentionSource(db, clock).HandleAsync(
            new CreateMentionSourceCommand(workspace, JsonNode.Parse("""{"url": "https://forum.example.se/feed.rss"}""")), CancellationToken.None);
        var bad = await new CreateMentionSource(db, clock).HandleAsync(
            new CreateMentionSourceCommand(workspace, JsonNode.Parse("""{"url": "file:///etc/passwd", "interval_minutes": 1, "language": "klingon", "tags": []}""")), CancellationToken.None);

        Assert.Equal(CommandStatus.Conflict, again.Status);
        Assert.Equal(CommandStatus.Invalid, bad.Status);
        Assert.Equal(["interval_minutes", "language", "tags", "url"], bad.Errors.Select(e => e.Field).Order(StringComparer.Ordinal));
    }
}
