using Ekko.Core.Features.TextInsights;

namespace Ekko.Core.Tests.Features.TextInsights;

public sealed class SummarizeThemesTests : TextPipelineFixture
{
    [Fact]
    public async Task Counts_shares_and_average_theme_sentiment_in_the_period()
    {
        await IngestAsync(
            ("r-1", "Great price but the delivery was painfully slow.", "en", 0),
            ("r-2", "Fast delivery, thank you!", "en", 0),
            ("r-3", "The staff in the store were lovely.", "en", 0),
            ("r-4", "Terrible delivery.", "en", -10));
        await DrainAsync();

        var summary = (await new SummarizeThemes(Db, Analyzers, Db.WriteGate).HandleAsync(
            new SummarizeThemesQuery(Workspace, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 2)), CancellationToken.None))!;

        Assert.Equal(3, summary.Comments);
        var delivery = summary.Themes[0];
        Assert.Equal(("delivery", 2, 0.6667, 1, 1, true), (delivery.Id, delivery.Count, delivery.Share, delivery.Positive, delivery.Negative, delivery.LowN));
        Assert.NotNull(delivery.AverageSentiment);
        Assert.Equal(11, summary.Themes.Count);
        var price = summary.Themes.Single(t => t.Id == "price");
        Assert.Equal((1, 1), (price.Count, price.Positive));
        Assert.Null(summary.Themes.Single(t => t.Id == "loyalty_program").AverageSentiment);
    }
}
