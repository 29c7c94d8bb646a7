using Ekko.Analytics.Columnar;
using Ekko.Analytics.Insights;

namespace Ekko.Analytics.Tests.Insights;

public sealed class RootCauseEmptyPeriodTests
{
    [Fact]
    public void A_period_without_answers_has_no_change_to_explain()
    {
        using var index = new ResponseIndex();
        index.Add(new IndexedResponse(Metric.Nps, new DateOnly(2026, 1, 5), 9, null, [new("campaign", "a")]));

        var report = RootCause.Explain(index, new RootCauseQuery(Measure.Nps, new(new(2026, 1, 1), new(2026, 1, 31)), new(new(2026, 2, 1), new(2026, 2, 28))));

        Assert.Null(report.Change);
        Assert.Empty(report.Explanations);
        Assert.Contains("no answers", report.Summary, StringComparison.Ordinal);
    }
}
