using System.Text.Json.Nodes;
using Ekko.Core.Features.Mentions;
using Ekko.Core.Features.Workspaces;
using Ekko.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Ekko.Core.Tests.Features.Mentions;

/// <summary>Mentions in: validated field by field with the item's path, all or nothing, idempotent on the id, per workspace; and listed back with filters and keyset pages.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "xunit disposes it through IAsyncLifetime.DisposeAsync")]
public sealed class IngestMentionsTests : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 4, 20, 12, 0, 0, TimeSpan.Zero));
    private TestDatabase db = null!;
    private Guid workspace;
    private Guid other;

    public async Task InitializeAsync()
    {
        db = await TestDatabase.CreateAsync();
        workspace = (await new CreateWorkspace(db, clock).HandleAsync(new CreateWorkspaceCommand("Org", "Nordvik", "nordvik"), CancellationToken.None)).Value!.Id;
        other = (await new CreateWorkspace(db, clock).HandleAsync(new CreateWorkspaceCommand("Org", "Other", "other"), CancellationToken.None)).Value!.Id;
    }

    public async Task DisposeAsync() => await db.DisposeAsync();

    private IngestMentions Ingest() => new(db, clock, db.WriteGate);

    private static JsonNode? Mention(string id, string text, string publishedAt = "2026-04-10T18:30:00+02:00", string source = "forum:teknikdebatt") =>
        JsonNode.Parse($$"""{"id": "{{id}}", "source": "{{source}}", "author": "kalle_k", "text": "{{text}}", "url": "https://teknikdebatt.example.se/t/1", "published_at": "{{publishedAt}}", "language": "sv", "location": "Göteborg", "hashtags": ["#nordvik", "vårrea"]}""");

    [Fact]
    public async Task A_valid_mention_is_stored_in_the_public_format_with_hashtags_normalised_and_unknown_fields_kept()
    {
        var item = Mention("m-1", "Vårrean var en bluff.")!.AsObject();
        item["likes"] = 12;
        var result = await Ingest().HandleAsync(new IngestMentionsCommand(workspace, [item]), CancellationToken.None);

        Assert.True(result.Accepted);
        Assert.Equal(1, result.Created);
        await using var context = db.CreateDbContext();
        var stored = await context.Mentions.SingleAsync();
        Assert.Equal(("m-1", "forum:teknikdebatt", "kalle_k", "Göteborg", "sv"), (stored.ExternalId, stored.Source, stored.Author, stored.Location, stored.Language));
        Assert.Equal(new DateTimeOffset(2026, 4, 10, 16, 30, 0, TimeSpan.Zero), stored.PublishedAt);
        var json = MentionFormat.ToJson(stored);
        Assert.Equal("""["#nordvik","#vårrea"]""", json["hashtags"]!.ToJsonString(Ekko.Core.Formats.EkkoJson.Options));
        Assert.Equal(12, (int)json["attributes"]!["likes"]!);
        Assert.Equal(await context.Workspaces.Where(w => w.Id == workspace).Select(w => w.ChangeSeq).SingleAsync(), stored.Seq);
    }

    [Fact]
    public async Task Every_bad_field_is_named_with_its_item_and_nothing_of_the_batch_is_stored()
    {
        var bad = JsonNode.Parse("""{"id": "m-2", "source": "x", "text": "  ", "url": "ftp://example.com/x", "published_at": "2026-04-10 18:30", "language": "svenska", "hashtags": ["#ok", 5, "two words"]}""");
        var result = await Ingest().HandleAsync(new IngestMentionsCommand(workspace, [Mention("m-1", "Bra!"), bad, Mention("m-1", "Igen")]), CancellationToken.None);

        Assert.False(result.Accepted);
        Assert.Equal(
            ["items[1].hashtags[1]", "items[1].hashtags[2]", "items[1].language", "items[1].published_at", "items[1].text", "items[1].url", "items[2].id"],
            result.Errors.Select(e => e.Field).Order(StringComparer.Ordinal));
        await using var context = db.CreateDbContext();
        Assert.Equal(0, await context.Mentions.CountAsync());
    }

    [Fact]
    public async Task A_replayed_batch_stores_nothing_twice_and_the_same_id_in_another_workspace_is_another_mention()
    {
        var first = await Ingest().HandleAsync(new IngestMentionsCommand(workspace, [Mention("m-1", "Bra!"), Mention("m-2", "Dåligt.")]), CancellationToken.None);
        var replay = await Ingest().HandleAsync(new IngestMentionsCommand(workspace, [Mention("m-2", "Ändrad text"), Mention("m-3", "Ny")]), CancellationToken.None);
        var elsewhere = await Ingest().HandleAsync(new IngestMentionsCommand(other, [Mention("m-1", "Annan arbetsyta")]), CancellationToken.None);

        Assert.Equal((2, 1, 1), (first.Created, replay.Created, elsewhere.Created));
        Assert.Equal(["m-2"], replay.DuplicateIds);
        var mine = await new ListMentions(db).HandleAsync(new ListMentionsQuery(workspace), CancellationToken.None);
        Assert.Equal(["m-3", "m-2", "m-1"], mine.Items.Select(i => (string)i["id"]!));
        Assert.Equal("Dåligt.", (string)mine.Items[1]["text"]!); // the first version stays
        var theirs = await new ListMentions(db).HandleAsync(new ListMentionsQuery(other), CancellationToken.None);
        Assert.Equal("Annan arbetsyta", (string)Assert.Single(theirs.Items)["text"]!);
    }

    [Fact]
    public async Task Lists_filter_by_period_and_source_and_page_by_keyset()
    {
        await Ingest().HandleAsync(new IngestMentionsCommand(workspace,
        [
            Mention("m-1", "Ett", "2026-04-01T10:00:00Z"),
            Mention("m-2", "Två", "2026-04-02T10:00:00Z", "rss:https://forum.example/feed"),
            Mention("m-3", "Tre", "2026-04-02T10:00:00Z", "rss:https://forum.example/feed"),
            Mention("m-4", "Fyra", "2026-04-03T10:00:00Z", "x"),
        ]), CancellationToken.None);
        var list = new ListMentions(db);

        var april2 = await list.HandleAsync(new ListMentionsQuery(workspace, new DateOnly(2026, 4, 2), new DateOnly(2026, 4, 2)), CancellationToken.None);
        var rss = await list.HandleAsync(new ListMentionsQuery(workspace, Source: "rss:*"), CancellationToken.None);
        var exact = await list.HandleAsync(new ListMentionsQuery(workspace, Source: "x"), CancellationToken.None);
        var page1 = await list.HandleAsync(new ListMentionsQuery(workspace, Limit: 2), CancellationToken.None);
        var page2 = await list.HandleAsync(new ListMentionsQuery(workspace, After: page1.NextCursor, Limit: 2), CancellationToken.None);

        Assert.Equal(["m-3", "m-2"], april2.Items.Select(i => (string)i["id"]!));
        Assert.Equal(["m-3", "m-2"], rss.Items.Select(i => (string)i["id"]!));
        Assert.Equal(["m-4"], exact.Items.Select(i => (string)i["id"]!));
        Assert.Equal(["m-4", "m-3"], page1.Items.Select(i => (string)i["id"]!));
        Assert.Equal(["m-2", "m-1"], page2.Items.Select(i => (string)i["id"]!));
        Assert.Null(page2.NextCursor);
    }
}
