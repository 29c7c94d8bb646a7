using Ekko.Analytics.Columnar;
using Ekko.Analytics.Insights;

namespace Ekko.Analytics.Tests.Insights;

public sealed class PrioritiesTests
{
    private static readonly DateOnly Day = new(2026, 3, 2);

    [Fact]
    public void Ranks_by_measured_impact_not_by_the_number_of_complaints()
    {
        // support: 20 answers (4 promoters, 6 passives, 10 detractors), NPS -30. checkout: 80 (40/20/20), NPS 25.
        // web: 100 (50/30/20), NPS 30. support has the fewest detractors (10, against 20 and 20) but the largest impact:
        // share 0.1 x (NPS of the others 27.78 - (-30)) = 5.78 points. Its interval: adjusted variances 263.42 (support,
        // n' = 23) and 35.19 (the others, n' = 183) in points^2; 0.1 x 1.959964 x sqrt(298.61) = 3.3869, so [2.3909, 9.1646].
        // checkout: 0.4 x (20 - 25) = -2; web: 0.5 x (14 - 30) = -8.
        using var index = new ResponseIndex();
        index.AddRange([.. Answers("support", 4, 6, 10), .. Answers("checkout", 40, 20, 20), .. Answers("web", 50, 30, 20)]);

        var ranked = Priorities.Rank(index, new PriorityQuery(Metric.Nps, new Period(Day, Day), "touchpoint"));

        Assert.Equal(["support", "checkout", "web"], ranked.Select(p => p.Value));
        var support = ranked[0];
        Assert.Equal((20, 10), (support.N, support.NegativeAnswers));
        Assert.Equal(0.1, support.Share, 12);
        Assert.Equal(-30, support.Score, 9);
        Assert.Equal(100.0 * 50 / 180, support.Others, 9);
        Assert.Equal(5.777777778, support.Impact, 6);
        Assert.Equal(2.390924, support.Ci95.Low, 5);
        Assert.Equal(9.164632, support.Ci95.High, 5);
        Assert.Equal(-2, ranked[1].Impact, 9);
        Assert.Equal(-8, ranked[2].Impact, 9);
    }

    [Fact]
    public void Answers_without_the_dimension_count_among_the_others_but_are_not_ranked()
    {
        using var index = new ResponseIndex();
        index.AddRange([.. Answers("support", 0, 0, 10), .. Answers(null, 10, 0, 0)]);

        var ranked = Priorities.Rank(index, new PriorityQuery(Metric.Nps, new Period(Day, Day), "touchpoint"));

        var only = Assert.Single(ranked);
        Assert.Equal(("support", 0.5, 100.0), (only.Value, only.Share, only.Impact)); // 0.5 x (100 - (-100))
    }

    private static IEnumerable<IndexedResponse> Answers(string? touchpoint, int promoters, int passives, int detractors) =>
        Enumerable.Repeat(10, promoters).Concat(Enumerable.Repeat(8, passives)).Concat(Enumerable.Repeat(3, detractors))
            .Select(score => new IndexedResponse(Metric.Nps, Day, score, null, [new("touchpoint", touchpoint)]));
}
