using Ekko.Core.Features.Insights.Churn;
using Xunit.Abstractions;

namespace Ekko.Core.Tests.Features.Insights.Churn;

public sealed class ChurnTrainerDemoTests(ITestOutputHelper output)
{
    [Fact]
    public void Out_of_time_auc_on_the_demo_year_is_at_least_075()
    {
        var model = ChurnTrainer.Train(DemoChurnHistories.Histories, 90, new DateOnly(2026, 11, 1), out var reason);
        Assert.True(model is not null, reason);
        var e = model.Evaluation;
        output.WriteLine($"train {e.TrainFrom}..{e.Cutoff}: {e.TrainRows} rows, {e.TrainChurned} churned; test n={e.Test.N} base={e.Test.BaseRate:0.000} auc={e.Test.Auc:0.000} lift={e.Test.TopDecileLift:0.00}");
        output.WriteLine(string.Join(", ", model.Scaling.Weights.Select((w, i) => $"{Ekko.Analytics.Retention.ChurnSignals.Names[i]}={w:0.00}")));
        Assert.True(e.Test.Auc >= 0.75, $"AUC {e.Test.Auc}");
    }
}
