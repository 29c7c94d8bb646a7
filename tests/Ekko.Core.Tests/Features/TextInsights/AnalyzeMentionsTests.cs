using System.Globalization;
using System.Text.Json.Nodes;
using Ekko.Core.Features.Mentions;
using Ekko.Core.Features.TextInsights;
using Ekko.Core.Formats;
using Ekko.Text.Sentiment;
using Microsoft.EntityFrameworkCore;

namespace Ekko.Core.Tests.Features.TextInsights;

/// <summary>
/// Mentions go through the same durable pipeline as survey comments (one watermark over both), are stored apart from
/// them, are found again by theme and sentiment, are counted apart in theme summaries and emerging topics, are redone
/// after a taxonomy change, and are read among the workspace's languages only.
/// </summary>
public sealed class AnalyzeMentionsTests : TextPipelineFixture
{
    private async Task MentionAsync(params (string Id, string Text, string? Language, int Day)[] mentions)
    {
        var items = mentions.Select(m =>
        {
            var item = new JsonObject
            {
                ["id"] = m.Id,
                ["source"] = "forum:teknikdebatt",
                ["text"] = m.Text,
                ["published_at"] = Clock.GetUtcNow().AddDays(m.Day).ToString("O", CultureInfo.InvariantCulture),
            };
            if (m.Language is not null)
            {
                item["language"] = m.Language;
            }

            return (JsonNode?)item;
        }).ToList();
        var result = await new IngestMentions(Db, Clock, Db.WriteGate).HandleAsync(new IngestMentionsCommand(Workspace, items), CancellationToken.None);
        Assert.True(result.Accepted, string.Join("; ", result.Errors));
    }

    private async Task<Dictionary<string, (MentionAnalysis Analysis, string[] Themes)>> MentionAnalysesAsync()
    {
        await using var db = Db.CreateDbContext();
        var rows = await (from a in db.MentionAnalyses
                          join m in db.Mentions on a.MentionId equals m.Id
                          where a.WorkspaceId == Workspace
                          select new { m.ExternalId, Analysis = a }).ToListAsync();
        var themes = await db.MentionThemes.Where(t => t.WorkspaceId == Workspace).ToListAsync();
        return rows.ToDictionary(r => r.ExternalId, r => (r.Analysis, themes.Where(t => t.MentionId == r.Analysis.MentionId).Select(t => t.ThemeId).Order(StringComparer.Ordinal).ToArray()));
    }

    [Fact]
    public async Task Mentions_and_comments_are_analysed_in_one_pass_and_stored_apart()
    {
        await IngestAsync(("r-1", "Snabb leverans, tack!", "sv", 0));
        await MentionAsync(
            ("m-1", "Nordviks vårrea lovade 50 % rabatt men i kassan drogs bara 10 % av. Vilseledande reklam!", "sv", 0),
            ("m-2", "Great price but the delivery was painfully slow.", null, 0));
        await IngestAsync(("r-2", "Kundtjänsten var otrevlig.", "sv", 0));

        var result = await AnalyzeAsync();
        var again = await AnalyzeAsync();

        Assert.Equal((4, false), (result.Analyzed, result.MoreWaiting));
        Assert.Equal(0, again.Analyzed);
        Assert.Equal(2, (await AnalysesAsync()).Count);
        var mentions = await MentionAnalysesAsync();
        Assert.Equal(["m-1", "m-2"], mentions.Keys.Order(StringComparer.Ordinal));
        var (sale, saleThemes) = mentions["m-1"];
        Assert.Equal(("sv", SentimentLabel.Negative, 1), (sale.Language, sale.Sentiment, sale.TaxonomyVersion));
        Assert.Contains("price", saleThemes);
        Assert.Equal(Clock.GetUtcNow(), sale.PublishedAt);
        var (mixed, mixedThemes) = mentions["m-2"];
        Assert.Equal(("en", SentimentLabel.Mixed), (mixed.Language, mixed.Sentiment));
        Assert.Equal(["delivery", "price"], mixedThemes);

        var list = new ListMentions(Db);
        var negative = await list.HandleAsync(new ListMentionsQuery(Workspace, Sentiment: SentimentLabel.Negative), CancellationToken.None);
        var delivery = await list.HandleAsync(new ListMentionsQuery(Workspace, Theme: "delivery"), CancellationToken.None);
        var english = await list.HandleAsync(new ListMentionsQuery(Workspace, Language: "en"), CancellationToken.None);
        Assert.Equal(["m-1"], negative.Items.Select(i => (string)i["id"]!));
        Assert.Equal(["m-2"], delivery.Items.Select(i => (string)i["id"]!));
        Assert.Equal(["m-2"], english.Items.Select(i => (string)i["id"]!)); // no language given: the detected one counts
        var shown = Assert.Single(delivery.Items);
        Assert.Equal("mixed", (string)shown["analysis"]!["sentiment"]!["label"]!);
        Assert.Equal("negative", (string)shown["analysis"]!["themes"]!.AsArray().Single(t => (string)t!["id"]! == "delivery")!["sentiment"]!["label"]!);
    }

    [Fact]
    public async Task Theme_summaries_and_emerging_topics_count_comments_and_mentions_apart()
    {
        await IngestAsync(("r-1", "Fast delivery, thank you!", "en", 0), ("r-2", "The staff in the store were lovely.", "en", 0));
        await MentionAsync(
            ("m-1", "Terrible delivery from Nordvik, two weeks late.", "en", 0),
            ("m-2", "The spring sale price was a lie.", "en", 0),
            ("m-3", "Delivery was slow again.", "en", -1));
        await DrainAsync();
        var summarize = new SummarizeThemes(Db, Analyzers, Db.WriteGate);
        var day = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);

        var comments = (await summarize.HandleAsync(new SummarizeThemesQuery(Workspace, day.AddDays(-1), day), CancellationToken.None))!;
        var mentions = (await summarize.HandleAsync(new SummarizeThemesQuery(Workspace, day.AddDays(-1), day, TextSource.Mentions), CancellationToken.None))!;

        Assert.Equal((2, TextSource.Comments), (comments.Comments, comments.Source));
        var commentDelivery = comments.Themes.Single(t => t.Id == "delivery");
        Assert.Equal((1, 0.5, 1, 0), (commentDelivery.Count, commentDelivery.Share, commentDelivery.Positive, commentDelivery.Negative));
        Assert.Equal((3, TextSource.Mentions), (mentions.Comments, mentions.Source));
        var mentionDelivery = mentions.Themes.Single(t => t.Id == "delivery");
        Assert.Equal((2, 0.6667, 0, 2), (mentionDelivery.Count, mentionDelivery.Share, mentionDelivery.Positive, mentionDelivery.Negative));
        Assert.Equal(1, mentions.Themes.Single(t => t.Id == "price").Count);

        var emerging = (await new FindEmergingTopics(Db, Analyzers, Db.WriteGate).HandleAsync(
            new FindEmergingTopicsQuery(Workspace, EmergingPeriod.Day, day, TextSource.Mentions), CancellationToken.None))!;
        Assert.Equal((TextSource.Mentions, 2, 1), (emerging.Source, emerging.Comments, emerging.BaselineComments));
    }

    [Fact]
    public async Task A_taxonomy_change_redoes_mentions_too()
    {
        await MentionAsync(("m-1", "Paketskåpet hos Nordvik gick inte att öppna.", "sv", 0));
        await IngestAsync(("r-1", "Paketskåpet var trasigt.", "sv", 0));
        await DrainAsync();
        var taxonomy = (await new GetTaxonomy(Db, Analyzers, Db.WriteGate).HandleAsync(new GetTaxonomyQuery(Workspace), CancellationToken.None))!;
        var body = taxonomy.ToJson();
        body["themes"]!.AsArray().Add(JsonNode.Parse("""{"id": "parcel_lockers", "name": "Parcel lockers", "rules": {"sv": ["paketskåp*"]}}"""));
        Assert.Equal(CommandStatus.Ok, (await new SetTaxonomy(Db, Analyzers, Db.WriteGate).HandleAsync(new SetTaxonomyCommand(Workspace, body), CancellationToken.None)).Status);

        var (_, reanalyzed) = await DrainAsync();

        Assert.Equal(2, reanalyzed);
        var (analysis, themes) = (await MentionAnalysesAsync())["m-1"];
        Assert.Equal(2, analysis.TaxonomyVersion);
        Assert.Contains("parcel_lockers", themes);
    }

    [Fact]
    public async Task Language_detection_keeps_to_the_workspace_languages()
    {
        var settings = await new SetTextSettings(Db).HandleAsync(new SetTextSettingsCommand(Workspace, JsonNode.Parse("""{"languages": ["sv", "en"]}""")), CancellationToken.None);
        var bad = await new SetTextSettings(Db).HandleAsync(new SetTextSettingsCommand(Workspace, JsonNode.Parse("""{"languages": ["sv", "de", 3]}""")), CancellationToken.None);
        // Danish and Norwegian posts: with only sv and en to choose from, both read as Swedish, the closer of the two.
        await MentionAsync(
            ("m-da", "Jeg har ventet i telefonkø hos kundeservice i fyrre minutter, og ingen svarer på mine mails.", null, 0),
            ("m-nb", "Jeg har ventet i telefonkø hos kundeservice i førti minutter, og ingen svarer på e-posten min.", null, 0),
            ("m-en", "I have been on hold with customer service for forty minutes and nobody answers my emails.", null, 0));

        await DrainAsync();

        Assert.Equal((CommandStatus.Ok, false), (settings.Status, settings.Value!.RedactPii));
        Assert.Equal(["sv", "en"], settings.Value.Languages);
        Assert.Equal(["languages[1]", "languages[2]"], bad.Errors.Select(e => e.Field));
        var mentions = await MentionAnalysesAsync();
        Assert.Equal(("sv", "sv", "en"), (mentions["m-da"].Analysis.Language, mentions["m-nb"].Analysis.Language, mentions["m-en"].Analysis.Language));
        Assert.Equal(["sv", "en"], (await new GetTextSettings(Db).HandleAsync(new GetTextSettingsQuery(Workspace), CancellationToken.None))!.Languages);
    }
}
