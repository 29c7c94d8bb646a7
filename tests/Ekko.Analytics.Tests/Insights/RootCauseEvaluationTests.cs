using Ekko.Analytics.Insights;
using Xunit.Abstractions;

namespace Ekko.Analytics.Tests.Insights;

/// <summary>
/// The evaluation harness of the root-cause analysis: known causes injected into synthetic data (one value;
/// two values of one dimension; a combination of two dimensions; half of them with a symptom that looks like
/// a cause), scored by exact-set accuracy, element F1 and right-dimension accuracy per scenario kind.
/// </summary>
public sealed class RootCauseEvaluationTests(ITestOutputHelper output)
{
    private const int ScenariosPerKind = 30;

    [Theory]
    [InlineData(RootCauseScenarios.Kind.OneValue, Measure.Nps, 0.90, 0.95)]
    [InlineData(RootCauseScenarios.Kind.TwoValuesOfOneDimension, Measure.Nps, 0.70, 0.90)]
    // Targets of issue 8: one cause F1 >= 0.90 and the right dimension >= 0.95; several causes or a combination
    // F1 >= 0.70 (the right dimension is held to the same 0.70 there).
    [InlineData(RootCauseScenarios.Kind.TwoDimensionsCombined, Measure.Nps, 0.70, 0.70)]
    [InlineData(RootCauseScenarios.Kind.OneValue, Measure.Csat, 0.90, 0.95)]
    [InlineData(RootCauseScenarios.Kind.TwoDimensionsCombined, Measure.Csat, 0.70, 0.70)]
    [InlineData(RootCauseScenarios.Kind.OneValue, Measure.Volume, 0.90, 0.95)]
    [InlineData(RootCauseScenarios.Kind.TwoValuesOfOneDimension, Measure.Volume, 0.70, 0.90)]
    internal void Finds_injected_causes(RootCauseScenarios.Kind kind, Measure measure, double minimumF1, double minimumRightDimension)
    {
        double exact = 0, f1 = 0, rightDimension = 0;
        for (var seed = 1; seed <= ScenariosPerKind; seed++)
        {
            var scenario = RootCauseScenarios.Create(kind, seed);
            using var index = scenario.Build(seed, measure);
            var report = RootCause.Explain(index, new RootCauseQuery(measure, RootCauseScenarios.Baseline, RootCauseScenarios.Current));

            var found = report.Explanations.Select(e => Key(e.Where)).ToHashSet();
            var truth = scenario.Cause.Select(Key).ToHashSet();
            var hits = found.Intersect(truth).Count();
            exact += found.SetEquals(truth) ? 1 : 0;
            f1 += found.Count + truth.Count == 0 ? 1 : 2.0 * hits / (found.Count + truth.Count);
            rightDimension += report.Explanations.SelectMany(e => e.Where.Keys).ToHashSet().SetEquals(scenario.Cause.SelectMany(c => c.Keys)) ? 1 : 0;
            if (!found.SetEquals(truth))
            {
                output.WriteLine($"seed {seed}{(scenario.WithSymptom ? " (symptom)" : "")}: expected {string.Join(" | ", truth)}, found {string.Join(" | ", found)}; {report.Summary}");
            }
        }

        exact /= ScenariosPerKind;
        f1 /= ScenariosPerKind;
        rightDimension /= ScenariosPerKind;
        output.WriteLine($"{kind}, {measure}: exact-set accuracy {exact:P0}, element F1 {f1:F2}, right dimension {rightDimension:P0} over {ScenariosPerKind} scenarios");
        Assert.True(f1 >= minimumF1, $"F1 {f1:F2} < {minimumF1}");
        Assert.True(rightDimension >= minimumRightDimension, $"right dimension {rightDimension:P0} < {minimumRightDimension:P0}");
    }

    private static string Key(IReadOnlyDictionary<string, string> where) =>
        string.Join(" & ", where.OrderBy(w => w.Key, StringComparer.Ordinal).Select(w => $"{w.Key}={w.Value}"));
}
