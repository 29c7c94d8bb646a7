using Ekko.Analytics.Retention;

namespace Ekko.Core.Tests.Features.Insights.Churn;

public sealed class ChurnSignalsTests
{
    private static readonly DateOnly Snapshot = new(2026, 6, 1);

    private static CustomerHistory History() => new(
        "c-1",
        new DateOnly(2025, 6, 1),
        new ActivityHistory([new(2025, 7, 1), new(2026, 3, 1), new(2026, 5, 2), new(2026, 6, 1), new(2026, 7, 1)]),
        [new(2026, 3, 10), new(2026, 5, 2), new(2026, 5, 20), new(2026, 6, 1)],
        [
            new(new(2025, 12, 1), 1.0, false),   // 182 days before: in the year, before the recent half year, early
            new(new(2026, 1, 10), 0.9, false),   // recent, early (before the last 90 days)
            new(new(2026, 4, 1), 0.2, true),     // recent, late
            new(new(2026, 5, 30), 0.4, true),    // recent, late
            new(new(2026, 6, 1), 0.0, true),     // on the snapshot day: not known yet
        ],
        [new(new(2026, 5, 30), "delivery"), new(new(2026, 4, 1), "delivery"), new(new(2026, 4, 1), "price"), new(new(2025, 11, 1), "price")],
        [new(new(2026, 5, 1), null), new(new(2026, 2, 1), new(2026, 3, 1)), new(new(2026, 5, 20), new(2026, 6, 1))]);

    [Fact]
    public void Signals_are_read_from_before_the_snapshot_only()
    {
        var f = ChurnSignals.At(History(), Snapshot);

        Assert.Equal(30, f[ChurnSignals.DaysSinceActivity]);           // 2026-05-02
        Assert.Equal(3, f[ChurnSignals.ActivityYear]);                  // 2025-07-01 (335 days back), 2026-03-01, 05-02
        Assert.Equal(365, f[ChurnSignals.TenureDays]);
        Assert.Equal(3, f[ChurnSignals.Contacts90]);                    // 03-10 (83 days back), 05-02, 05-20; not 06-01
        Assert.Equal(3, f[ChurnSignals.AnswersRecent]);
        Assert.Equal((0.9 + 0.2 + 0.4) / 3, f[ChurnSignals.RecentScore], 5);
        Assert.Equal((0.2 + 0.4) / 2 - (1.0 + 0.9) / 2, f[ChurnSignals.ScoreChange], 5);
        Assert.Equal(2, f[ChurnSignals.NegativeAnswers]);
        Assert.Equal(3, f[ChurnSignals.NegativeThemes]);
        Assert.Equal(2, f[ChurnSignals.OpenCases]);                     // still open, and resolved on the snapshot day
    }

    [Fact]
    public void Churned_is_known_only_for_customers_active_at_the_snapshot()
    {
        var history = History();

        Assert.False(ChurnSignals.Churned(history, Snapshot, 90));                // active (05-02), buys 06-01
        Assert.True(ChurnSignals.Churned(history, new DateOnly(2025, 7, 2), 90)); // active (07-01), nothing until 2026-03-01
        Assert.Null(ChurnSignals.Churned(history, new DateOnly(2026, 1, 1), 90)); // last activity 2025-07-01: not active
    }

    [Fact]
    public void Signals_read_as_plain_words()
    {
        var history = History();
        var f = ChurnSignals.At(history, Snapshot);

        Assert.Equal("3 negative comment mentions in the last 6 months (delivery, price)", ChurnSignals.Describe(ChurnSignals.NegativeThemes, f, history, Snapshot));
        Assert.Equal("scores fell by 65 points of the scale in the last 90 days", ChurnSignals.Describe(ChurnSignals.ScoreChange, f, history, Snapshot));
        Assert.Equal("last activity 30 days ago", ChurnSignals.Describe(ChurnSignals.DaysSinceActivity, f, history, Snapshot));
        Assert.Equal("2 open cases", ChurnSignals.Describe(ChurnSignals.OpenCases, f, history, Snapshot));
    }

    [Fact]
    public void Ranking_quality_is_the_mann_whitney_auc_and_the_top_tenth_lift()
    {
        // 10 customers, 4 churned. Scores: churners 0.9, 0.8, 0.4, 0.3; stayers 0.7, 0.5, 0.4, 0.2, 0.1, 0.05.
        double[] scores = [0.9, 0.8, 0.4, 0.3, 0.7, 0.5, 0.4, 0.2, 0.1, 0.05];
        bool[] churned = [true, true, true, true, false, false, false, false, false, false];

        var q = RankingQuality.Of(scores, churned);

        // Pairs (churner above stayer): 0.9: 6, 0.8: 6, 0.4: 3 + a tie (0.5), 0.3: 3 -> 18.5 of 24.
        Assert.Equal(18.5 / 24, q.Auc!.Value, 10);
        // The top tenth is one customer (0.9), a churner: rate 1 / base rate 0.4.
        Assert.Equal(2.5, q.TopDecileLift!.Value, 10);
        Assert.Equal((10, 4, 0.4), (q.N, q.Positives, q.BaseRate));
        Assert.Null(RankingQuality.Of([0.1, 0.2], [false, false]).Auc);
    }
}
