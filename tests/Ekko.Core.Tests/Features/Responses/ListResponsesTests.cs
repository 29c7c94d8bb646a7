using System.Text.Json.Nodes;
using Ekko.Core.Features.Responses;
using Ekko.Core.Features.TextInsights;
using Ekko.Core.Tests.Features.TextInsights;
using Ekko.Text.Sentiment;

namespace Ekko.Core.Tests.Features.Responses;

/// <summary>Responses carry the analysis of their comment, filter by its sentiment and themes, and show comments redacted when the workspace asks.</summary>
public sealed class ListResponsesTests : TextPipelineFixture
{
    private async Task<List<JsonObject>> ListAsync(SentimentLabel? sentiment = null, string? theme = null) =>
        [.. (await new ListResponses(Db).HandleAsync(new ListResponsesQuery(Workspace, Sentiment: sentiment, Theme: theme), CancellationToken.None)).Items];

    [Fact]
    public async Task Each_response_shows_its_analysis_and_filters_by_sentiment_and_theme()
    {
        await IngestAsync(
            ("r-1", "Great price but the delivery was painfully slow.", "en", 0),
            ("r-2", "Terrible customer service, nobody answered.", "en", 0),
            ("r-3", "Lovely staff in the store!", "en", 0),
            ("r-4", null, "en", 0));
        var before = await ListAsync();
        await DrainAsync();

        var all = await ListAsync();

        Assert.All(before, r => Assert.Null(r["analysis"]));
        var mixed = all.Single(r => (string?)r["id"] == "r-1")["analysis"]!;
        Assert.Equal("mixed", (string?)mixed["sentiment"]!["label"]);
        Assert.Equal(["delivery", "price"], mixed["themes"]!.AsArray().Select(t => (string?)t!["id"]));
        Assert.Equal("negative", (string?)mixed["themes"]![0]!["sentiment"]!["label"]);
        var phrase = mixed["sentiment"]!["phrases"]![0]!;
        Assert.Equal((string?)phrase["text"], "Great price but the delivery was painfully slow.".Substring((int)phrase["start"]!, (int)phrase["length"]!));
        Assert.Null(all.Single(r => (string?)r["id"] == "r-4")["analysis"]);
        Assert.Equal(["r-2"], (await ListAsync(sentiment: SentimentLabel.Negative)).Select(r => (string?)r["id"]));
        Assert.Equal(["r-1"], (await ListAsync(sentiment: SentimentLabel.Mixed)).Select(r => (string?)r["id"]));
        Assert.Equal(["r-1"], (await ListAsync(theme: "delivery")).Select(r => (string?)r["id"]));
        Assert.Empty(await ListAsync(theme: "delivery", sentiment: SentimentLabel.Negative));
        Assert.Empty(await ListAsync(theme: "no_such_theme"));
    }

    [Fact]
    public async Task With_redact_pii_comments_are_redacted_in_the_list_and_the_export_and_phrases_follow()
    {
        const string comment = "Ring mig på 070-123 45 67 eller anna@example.se, fantastisk service!";
        await IngestAsync(("r-1", comment, "sv", 0));
        await DrainAsync();
        var plain = (await ListAsync()).Single();
        var set = await new SetTextSettings(Db).HandleAsync(new SetTextSettingsCommand(Workspace, JsonNode.Parse("""{"redact_pii": true}""")), CancellationToken.None);

        var redacted = (await ListAsync()).Single();
        var exported = await new ExportResponses(Db).HandleAsync(new ExportResponsesQuery(Workspace), CancellationToken.None).ToListAsync();

        Assert.Equal(comment, (string?)plain["comment"]);
        Assert.True(set.Value!.RedactPii);
        const string expected = "Ring mig på [phone] eller [email], fantastisk service!";
        Assert.Equal(expected, (string?)redacted["comment"]);
        Assert.Equal(expected, (string?)Assert.Single(exported)["comment"]);
        var phrases = redacted["analysis"]!["sentiment"]!["phrases"]!.AsArray();
        Assert.NotEmpty(phrases);
        Assert.All(phrases, p => Assert.Equal((string?)p!["text"], expected.Substring((int)p["start"]!, (int)p["length"]!)));
        Assert.True((await new GetTextSettings(Db).HandleAsync(new GetTextSettingsQuery(Workspace), CancellationToken.None))!.RedactPii);
    }
}
