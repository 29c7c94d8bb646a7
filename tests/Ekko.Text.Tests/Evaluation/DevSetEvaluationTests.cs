using Ekko.Text.Evaluation;

namespace Ekko.Text.Tests.Evaluation;

/// <summary>The development set (data/text-eval) must stay at or above the targets.</summary>
public sealed class DevSetEvaluationTests
{
    [Theory]
    [InlineData("sv")]
    [InlineData("nb")]
    [InlineData("da")]
    [InlineData("en")]
    public void Dev_set_meets_the_targets(string language)
    {
        using var reader = File.OpenText(Path.Combine(AppContext.BaseDirectory, "text-eval", $"dev-{language}.jsonl"));
        var gold = TextEvaluator.ReadGold(reader);
        Assert.True(gold.Count >= 150, $"the dev set needs at least 150 comments per language, has {gold.Count}");
        var metrics = Assert.Single(TextEvaluator.Evaluate(new TextAnalyzer(), gold));
        Assert.True(metrics.Accuracy3 >= 0.75, $"3-class accuracy {metrics.Accuracy3}");
        Assert.True(metrics.ThemePrecision >= 0.85, $"theme precision {metrics.ThemePrecision}");
        Assert.True(metrics.ThemeRecall >= 0.70, $"theme recall {metrics.ThemeRecall}");
        Assert.True(metrics.PearsonR >= 0.65, $"Pearson r {metrics.PearsonR}");
    }

    [Fact]
    public void Pearson_matches_a_hand_computed_value() =>
        Assert.Equal(0.8, TextEvaluator.Pearson([1, 2, 3, 4, 5], [2, 1, 4, 3, 5]), 10);
}
