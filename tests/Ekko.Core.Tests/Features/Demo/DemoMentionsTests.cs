using Ekko.Core.Features.Demo;
using Ekko.Core.Features.Mentions;
using Ekko.Text;
using Ekko.Text.Sentiment;
using Xunit.Abstractions;
using static Ekko.Core.Features.Demo.DemoStories;
using static Ekko.Core.Tests.Features.Demo.DemoRecords;

namespace Ekko.Core.Tests.Features.Demo;

/// <summary>
/// The demo's mentions: a few hundred valid posts in four languages over the year, and the spring-sale story as the text
/// analyzer itself reads it: negative posts about price or marketing pile up during the campaign.
/// </summary>
public sealed class DemoMentionsTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyList<System.Text.Json.Nodes.JsonObject> Mentions = DemoRecords.Data.Mentions;

    [Fact]
    public void A_few_hundred_valid_mentions_in_four_languages_numbered_in_time_order_and_the_same_every_time()
    {
        output.WriteLine($"{Mentions.Count} mentions; " + string.Join(", ", Mentions.GroupBy(m => m.Text("language")).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}")));

        Assert.InRange(Mentions.Count, 250, 500);
        Assert.All(Mentions, m => Assert.Empty(MentionRecord.Parse(m).Errors));
        Assert.Equal(Mentions.Count, Mentions.Select(m => m.Text("id")).Distinct().Count());
        Assert.Equal(Mentions.Select(m => m.Time("published_at")).Order(), Mentions.Select(m => m.Time("published_at")));
        Assert.All(Mentions, m => Assert.InRange(m.Time("published_at"), DemoRecords.Data.From, DemoRecords.Data.To));
        Assert.Equal(["da", "en", "nb", "sv"], Mentions.Select(m => m.Text("language")).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(
            Mentions.Select(m => m.ToJsonString()),
            DemoRetailer.Generate().Mentions.Select(m => m.ToJsonString()));
    }

    [Fact]
    public void Negative_posts_about_price_or_marketing_spike_during_the_spring_sale()
    {
        var analyzer = new TextAnalyzer();
        bool Complaint(System.Text.Json.Nodes.JsonObject mention)
        {
            var analysis = analyzer.Analyze(mention.Text("text"), mention.Text("language"));
            return analysis.Sentiment.Label is SentimentLabel.Negative or SentimentLabel.Mixed
                && analysis.Themes.Any(t => t.ThemeId is "price" or "marketing_communication");
        }

        double PerDay(DateOnly from, DateOnly to) =>
            (double)Mentions.Count(m => m.Day("published_at").Within(from, to) && Complaint(m)) / (to.DayNumber - from.DayNumber + 1);

        var during = PerDay(SpringSaleFrom, SpringSaleTo);
        var before = PerDay(SpringSaleFrom.AddDays(-28), SpringSaleFrom.AddDays(-1));
        var rest = PerDay(DateOnly.FromDateTime(DemoRecords.Data.From.UtcDateTime), SpringSaleFrom.AddDays(-1));
        var hashtagged = Mentions.Count(m => m["hashtags"]!.AsArray().Any(h => DemoMentions.SpringSaleHashtags.Values.Contains((string)h!)));
        output.WriteLine($"complaints about price/marketing per day: {during:F2} during the campaign, {before:F2} in the four weeks before, {rest:F2} before it all year; {hashtagged} posts with the campaign's hashtags");

        Assert.True(during >= 2.5, $"{during:F2} a day during the campaign");
        Assert.True(during >= 10 * Math.Max(before, 0.05), $"{during:F2} against {before:F2} a day before");
        Assert.True(hashtagged >= 30, $"{hashtagged} hashtagged");
    }
}
