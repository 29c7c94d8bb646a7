using System.Net;
using System.Text.Json.Nodes;
using Ekko.TestSupport;

namespace Ekko.Server.Tests.Features.Mentions;

/// <summary>
/// Through the API with the real background services: mentions are validated field by field and stored all or nothing,
/// analysed without anyone asking and filtered by what was read; a registered feed on a local HTTP server is polled
/// by the listening service and its items come back as analysed mentions.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "xunit disposes it through IAsyncLifetime.DisposeAsync")]
public sealed class MentionEndpointsTests : IAsyncLifetime
{
    private readonly EkkoApp app = new(("Listening:AllowPrivateNetworks", "true"), ("Listening:PollSeconds", "0.2"));
    private readonly FeedServer feeds = new();
    private HttpClient admin = null!;

    public async Task InitializeAsync()
    {
        await app.InitializeAsync();
        (_, admin) = await app.WorkspaceWithAdminAsync("shop");
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await feeds.DisposeAsync();
    }

    private async Task<JsonNode> WaitForAsync(string url, Func<JsonNode, bool> done)
    {
        for (var attempt = 0; ; attempt++)
        {
            var json = await (await admin.GetAsync(url)).JsonAsync();
            if (done(json) || attempt == 300)
            {
                return json;
            }

            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task A_batch_with_a_bad_item_is_refused_whole_naming_the_field_and_a_good_one_is_analysed_and_filterable()
    {
        const string Good = """{"id": "m-1", "source": "x", "text": "Nordviks vårrea lovade 50 % rabatt men i kassan drogs bara 10 % av. Vilseledande reklam!", "published_at": "2026-04-10T18:00:00Z", "language": "sv", "hashtags": ["#vårrea"]}""";
        const string Other = """{"id": "m-2", "source": "forum:teknikdebatt", "text": "Snabb leverans från Nordvik, supernöjd!", "published_at": "2026-04-11T08:00:00Z"}""";

        var refused = await admin.PostJsonAsync("/api/v1/mentions/batch", $$"""{"items": [{{Good}}, {"id": "m-3", "source": "x", "text": "t", "published_at": "yesterday"}]}""");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["items[1].published_at"], (await refused.ProblemErrorsAsync()).Keys);
        Assert.Empty((await (await admin.GetAsync("/api/v1/mentions")).JsonAsync())["items"]!.AsArray());

        var stored = await (await admin.PostJsonAsync("/api/v1/mentions/batch", $$"""{"items": [{{Good}}, {{Other}}]}""")).JsonAsync();
        var replay = await (await admin.PostJsonAsync("/api/v1/mentions/batch", $$"""{"items": [{{Good}}]}""")).JsonAsync();
        Assert.Equal((2, 0), ((int)stored["created"]!, (int)stored["duplicates"]!));
        Assert.Equal((0, 1), ((int)replay["created"]!, (int)replay["duplicates"]!));

        var negative = await WaitForAsync("/api/v1/mentions?sentiment=negative", json => json["items"]!.AsArray().Count > 0);
        var mention = Assert.Single(negative["items"]!.AsArray())!;
        Assert.Equal(("m-1", "sv"), ((string)mention["id"]!, (string)mention["analysis"]!["language"]!));
        Assert.Contains(mention["analysis"]!["themes"]!.AsArray(), t => (string)t!["id"]! == "price");
        var forum = await (await admin.GetAsync("/api/v1/mentions?source=forum:*")).JsonAsync();
        Assert.Equal("m-2", (string)Assert.Single(forum["items"]!.AsArray())!["id"]!);
        var themes = await (await admin.GetAsync("/api/v1/text/themes?from=2026-04-01&to=2026-04-30&source=mentions")).JsonAsync();
        var comments = await (await admin.GetAsync("/api/v1/text/themes?from=2026-04-01&to=2026-04-30")).JsonAsync();
        Assert.Equal(("mentions", 2, "comments", 0), ((string)themes["source"]!, (int)themes["comments"]!, (string)comments["source"]!, (int)comments["comments"]!));
    }

    [Fact]
    public async Task A_registered_feed_is_polled_in_the_background_and_its_items_become_analysed_mentions()
    {
        feeds.Serve("/forum.rss", """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Forum</title><link>https://forum.example.se/</link><description>d</description>
              <item><title>Nordvik</title><link>https://forum.example.se/t/1</link><guid>https://forum.example.se/t/1</guid>
                <pubDate>Fri, 10 Apr 2026 18:00:00 GMT</pubDate><description>Kundtjänsten svarade aldrig på mitt mejl. Dålig service.</description></item>
            </channel></rss>
            """);

        var created = await admin.PostJsonAsync("/api/v1/mention-sources", $$"""{"url": "{{feeds.Url("/forum.rss")}}", "interval_minutes": 5, "language": "sv"}""");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (string)(await created.JsonAsync())["id"]!;
        var duplicate = await admin.PostJsonAsync("/api/v1/mention-sources", $$"""{"url": "{{feeds.Url("/forum.rss")}}"}""");
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);

        var mentions = await WaitForAsync("/api/v1/mentions", json => json["items"]!.AsArray().Any(m => m!["analysis"] is not null));
        var mention = Assert.Single(mentions["items"]!.AsArray())!;
        Assert.Equal(("https://forum.example.se/t/1", $"rss:{feeds.Url("/forum.rss")}", "sv"), ((string)mention["id"]!, (string)mention["source"]!, (string)mention["language"]!));
        Assert.Equal("negative", (string)mention["analysis"]!["sentiment"]!["label"]!);
        var sources = await (await admin.GetAsync("/api/v1/mention-sources")).JsonAsync();
        var source = Assert.Single(sources.AsArray())!;
        Assert.Equal((1, 200, 0), ((int)source["mentions_stored"]!, (int)source["last_status_code"]!, (int)source["consecutive_failures"]!));

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/mention-sources/{id}")).StatusCode);
        Assert.Empty((await (await admin.GetAsync("/api/v1/mention-sources")).JsonAsync()).AsArray());
        Assert.Single((await (await admin.GetAsync("/api/v1/mentions")).JsonAsync())["items"]!.AsArray());
    }
}
