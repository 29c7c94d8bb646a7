using Ekko.Core.Features.TextInsights;

namespace Ekko.Core.Tests.Features.TextInsights;

public sealed class FindEmergingTopicsTests : TextPipelineFixture
{
    [Fact]
    public async Task A_theme_that_jumps_this_week_is_significant_and_new_unmatched_talk_is_clustered()
    {
        // Eight quiet weeks: one delivery complaint in ten comments; then a week where delivery is half the talk,
        // and a new subject no theme knows (the environment).
        var responses = new List<(string, string?, string, int)>();
        for (var day = -62; day <= -7; day++)
        {
            for (var i = 0; i < 5; i++)
            {
                responses.Add(($"b{-day}-{i}", (day + i) % 10 == 0 ? "Leveransen var sen." : "Trevlig personal i butiken.", "sv", day));
            }
        }

        for (var day = -6; day <= 0; day++)
        {
            for (var i = 0; i < 6; i++)
            {
                responses.Add(($"c{-day}-{i}", i switch
                {
                    < 3 => "Leveransen var sen igen.",
                    < 5 => $"Tänk mer på miljön och klimatet, nummer {i}.",
                    _ => "Trevlig personal i butiken.",
                }, "sv", day));
            }
        }

        await IngestAsync([.. responses]);
        await DrainAsync();

        var week = (await new FindEmergingTopics(Db, Analyzers, Db.WriteGate).HandleAsync(
            new FindEmergingTopicsQuery(Workspace, EmergingPeriod.Week, new DateOnly(2026, 3, 2)), CancellationToken.None))!;

        Assert.Equal((new DateOnly(2026, 2, 24), new DateOnly(2026, 2, 23), new DateOnly(2025, 12, 30)), (week.From, week.BaselineTo, week.BaselineFrom));
        Assert.Equal((42, 280), (week.Comments, week.BaselineComments));
        var delivery = week.Themes.Single(t => t.Id == "delivery");
        Assert.Equal((21, 28), (delivery.Mentions, delivery.BaselineMentions));
        Assert.True(delivery.Significant);
        Assert.True(delivery.QValue < 0.001, $"q = {delivery.QValue}");
        Assert.Equal(5, delivery.Examples.Count);
        Assert.All(delivery.Examples, e => Assert.StartsWith("c", e, StringComparison.Ordinal));
        Assert.DoesNotContain(week.Themes, t => t.Id == "store_experience" && t.Significant);
        var lockers = Assert.Single(week.Topics, t => t.Keyphrases.Contains("miljön") || t.Keyphrases.Contains("klimatet"));
        Assert.Equal(("sv", 14), (lockers.Language, lockers.Comments));
        Assert.All(lockers.Examples, e => Assert.Matches("^c[0-6]-[34]$", e));
    }

    [Fact]
    public async Task Without_a_baseline_there_is_no_burst_test_but_topics_are_still_found()
    {
        await IngestAsync([.. Enumerable.Range(0, 6).Select(i => ($"r-{i}", "Tänk mer på miljön och klimatet.", "sv", 0))]);
        await DrainAsync();

        var day = (await new FindEmergingTopics(Db, Analyzers, Db.WriteGate).HandleAsync(
            new FindEmergingTopicsQuery(Workspace, EmergingPeriod.Day, new DateOnly(2026, 3, 2)), CancellationToken.None))!;

        Assert.Equal((6, 0), (day.Comments, day.BaselineComments));
        Assert.Empty(day.Themes);
        Assert.Equal(6, Assert.Single(day.Topics).Comments);
    }
}
