using Ekko.Analytics.Insights;

namespace Ekko.Analytics.Tests.Insights;

public sealed class ThemePrioritiesTests
{
    // 20 NPS answers. With comments: 4 x 2 about delivery and customer service (both negative), 2 x 5 about delivery
    // (negative), 1 x 10 praising delivery, 2 x 9 about price, 1 x 8 complaining about price. Without comments:
    // 6 x 10, 3 x 8, 1 x 4.
    private static readonly ThemedAnswer[] Answers =
    [
        .. Enumerable.Repeat(new ThemedAnswer(2, ["delivery", "customer_service"], ["delivery", "customer_service"]), 4),
        .. Enumerable.Repeat(new ThemedAnswer(5, ["delivery"], ["delivery"]), 2),
        new ThemedAnswer(10, ["delivery"], []),
        .. Enumerable.Repeat(new ThemedAnswer(9, ["price"], []), 2),
        new ThemedAnswer(8, ["price"], ["price"]),
        .. Enumerable.Repeat(new ThemedAnswer(10, [], []), 6),
        .. Enumerable.Repeat(new ThemedAnswer(8, [], []), 3),
        new ThemedAnswer(4, [], []),
    ];

    [Fact]
    public void Ranks_overlapping_themes_each_against_everyone_else_next_to_their_negative_mentions()
    {
        // delivery: 7 answers (1 promoter, 6 detractors), NPS -71.43; the 13 others (8 promoters, 1 detractor) 53.85;
        // impact 0.35 x 125.27 = 43.85. Adjusted variances (n + 3, counts + 0.75): 1,137.73 and 367.54 points^2, so
        // the half-width is 0.35 x 1.959964 x sqrt(1,505.27) = 20.47: [23.3751, 64.3172].
        // customer_service: 4 detractors, -100; the 16 others (9 promoters, 3 detractors) 37.5; impact 0.2 x 137.5 = 27.5,
        // [15.2446, 39.7554]. price: 3 answers (2 promoters), 66.67; the 17 others 0; impact 0.15 x -66.67 = -10.
        var ranked = ThemePriorities.Rank(Metric.Nps, Answers);

        Assert.Equal(["delivery", "customer_service", "price"], ranked.Select(t => t.Priority.Value));
        var delivery = ranked[0];
        Assert.Equal((7L, 6L, 6L), (delivery.Priority.N, delivery.Priority.NegativeAnswers, delivery.NegativeMentions));
        Assert.Equal(0.35, delivery.Priority.Share, 12);
        Assert.Equal(-71.428571, delivery.Priority.Score, 5);
        Assert.Equal(53.846154, delivery.Priority.Others, 5);
        Assert.Equal(43.846154, delivery.Priority.Impact, 5);
        Assert.Equal(23.375121, delivery.Priority.Ci95.Low, 5);
        Assert.Equal(64.317187, delivery.Priority.Ci95.High, 5);
        Assert.Equal((4L, 27.5), (ranked[1].NegativeMentions, ranked[1].Priority.Impact));
        Assert.Equal(15.244647, ranked[1].Priority.Ci95.Low, 5);
        Assert.Equal(39.755353, ranked[1].Priority.Ci95.High, 5);
        Assert.Equal((1L, -10.0), (ranked[2].NegativeMentions, Math.Round(ranked[2].Priority.Impact, 9)));
        Assert.Equal(-20.075642, ranked[2].Priority.Ci95.Low, 5);
    }

    [Fact]
    public void Counts_a_theme_once_per_answer_and_leaves_out_a_theme_every_answer_has()
    {
        var ranked = ThemePriorities.Rank(Metric.Csat, [new ThemedAnswer(1, ["delivery", "delivery", "price"], ["delivery", "delivery"]), new ThemedAnswer(5, ["price"], [])]);

        Assert.DoesNotContain(ranked, t => t.Priority.Value == "price");
        var delivery = Assert.Single(ranked);
        Assert.Equal((1L, 1L, 0.5), (delivery.Priority.N, delivery.NegativeMentions, delivery.Priority.Share));
        Assert.Equal(50.0, delivery.Priority.Impact, 9); // 0.5 x (CSAT 100 of the other answer - 0)
    }
}
