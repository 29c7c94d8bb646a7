using Ekko.Analytics.Retention;
using Ekko.Core.Features.Insights.Churn;
using Xunit.Abstractions;

namespace Ekko.Core.Tests.Features.Insights.Churn;

/// <summary>
/// The churn model on the demo year as it is (no churn behaviour planted yet: see docs/insights.md). Orders are
/// drawn at random from customers' fixed purchase rates, so who buys again within 90 days is mostly chance;
/// the model must still rank better than chance out of time, from tenure, recency and scores.
/// </summary>
public sealed class ChurnTrainerDemoTests(ITestOutputHelper output)
{
    [Fact]
    public void Ranks_the_demo_year_better_than_chance_out_of_time()
    {
        var model = ChurnTrainer.Train(DemoChurnHistories.Histories, 90, new DateOnly(2026, 11, 1), out var reason);

        Assert.True(model is not null, reason);
        var e = model.Evaluation;
        output.WriteLine($"train {e.TrainFrom:yyyy-MM-dd}..{e.Cutoff:yyyy-MM-dd}: {e.TrainRows} rows, {e.TrainChurned} churned; test n={e.Test.N} base={e.Test.BaseRate:0.000} auc={e.Test.Auc:0.000} lift={e.Test.TopDecileLift:0.00}");
        output.WriteLine(string.Join(", ", model.Scaling.Weights.Select((w, i) => $"{ChurnSignals.Names[i]}={w:0.00}")));
        Assert.Equal(new DateOnly(2026, 8, 3), e.Cutoff);
        Assert.True(e.Test.Auc > 0.55, $"AUC {e.Test.Auc}");
    }
}
