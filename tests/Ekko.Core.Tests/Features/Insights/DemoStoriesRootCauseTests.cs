using Ekko.Analytics.Columnar;
using Ekko.Analytics.Insights;
using Ekko.Core.Features.Metrics;
using Ekko.Core.Features.Responses;
using Ekko.Core.Tests.Features.Demo;
using Xunit.Abstractions;

namespace Ekko.Core.Tests.Features.Insights;

/// <summary>The root-cause analysis finds the three stories planted in the demo data (docs/demo-data.md), not their symptoms.</summary>
public sealed class DemoStoriesRootCauseTests(ITestOutputHelper output) : IDisposable
{
    private readonly ResponseIndex index = Build();

    public void Dispose() => index.Dispose();

    [Fact]
    public void The_spring_sale_campaign_not_customer_service_explains_the_April_NPS_drop()
    {
        var report = Explain(Measure.Nps, new(2026, 2, 16), new(2026, 4, 5), new(2026, 4, 6), new(2026, 5, 24));

        var cause = report.Explanations[0];
        Assert.Equal("spring-sale", cause.Where["campaign"]);
        Assert.DoesNotContain(report.Explanations, e => e.Where.ContainsKey("touchpoint"));
    }

    [Fact]
    public void Vastra_Gotaland_explains_the_September_delivery_CSAT_drop()
    {
        var report = Explain(Measure.Csat, new(2026, 8, 17), new(2026, 9, 13), new(2026, 9, 14), new(2026, 10, 4));

        Assert.Equal("Västra Götaland", report.Explanations[0].Where["region"]);
    }

    [Fact]
    public void Release_web_2026_06_2_explains_the_June_effort_drop_at_checkout()
    {
        var report = Explain(Measure.Ces, new(2026, 5, 27), new(2026, 6, 9), new(2026, 6, 10), new(2026, 6, 19), ("touchpoint", "checkout"));

        Assert.Equal("web-2026.06.2", report.Explanations[0].Where["release"]);
    }

    private RootCauseReport Explain(
        Measure measure, DateOnly baselineFrom, DateOnly baselineTo, DateOnly currentFrom, DateOnly currentTo, (string Name, string Value)? filter = null)
    {
        var report = RootCause.Explain(index, new RootCauseQuery(measure, new(baselineFrom, baselineTo), new(currentFrom, currentTo))
        {
            Filters = filter is { } f ? new Dictionary<string, IReadOnlyCollection<string>> { [f.Name] = [f.Value] } : new Dictionary<string, IReadOnlyCollection<string>>(),
        });
        output.WriteLine(report.Summary);
        foreach (var e in report.Explanations)
        {
            output.WriteLine($"  {string.Join(", ", e.Where.Select(w => $"{w.Key}={w.Value}"))}: {e.Contribution:P0}, surprise {e.Surprise:F2}");
        }

        Assert.NotEmpty(report.Explanations);
        return report;
    }

    private static ResponseIndex Build()
    {
        var index = new ResponseIndex();
        index.AddRange(DemoRecords.Data.Responses
            .Select(r => ResponseRecord.Parse(r).Value!)
            .Select(ResponseDimensions.ToIndexed)
            .OfType<IndexedResponse>());
        return index;
    }
}
