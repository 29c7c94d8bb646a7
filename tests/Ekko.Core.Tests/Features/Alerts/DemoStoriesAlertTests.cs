using System.Text.Json.Nodes;
using Ekko.Core.Features.Alerts;
using Ekko.Core.Features.Demo;
using Ekko.Core.Features.Metrics;
using Ekko.Core.Features.TextInsights;
using Ekko.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace Ekko.Core.Tests.Features.Alerts;

/// <summary>
/// The alerting job, run day by day over the demo year's stories (docs/demo-data.md), raises each planted story as
/// an alert with its explanation stored, and no more than a handful of alerts a month.
/// </summary>
public sealed class DemoStoriesAlertTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_job_raises_the_three_planted_stories_with_their_causes()
    {
        await using var db = await TestDatabase.CreateAsync();
        var seedClock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero));
        var seeded = await DemoSeeder.For(db, seedClock).HandleAsync(new SeedDemoCommand(), CancellationToken.None);
        var pipeline = new AnalyzeComments(db, new TextAnalyzers(), seedClock, db.WriteGate);
        while ((await pipeline.HandleAsync(new AnalyzeCommentsCommand("pipeline"), CancellationToken.None)).MoreWaiting)
        {
        }

        // The job's clock walks from the spring campaign to after the slow deliveries, one run per day just after
        // the Stockholm day (and the UTC day) has closed and settled.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 30, 0, 45, 0, TimeSpan.Zero));
        using var indexes = new ResponseIndexes(db);
        var job = new RaiseAlerts(db, indexes, new AlertOptions(), clock, db.WriteGate);
        var judged = 0;
        while (clock.GetUtcNow() < new DateTimeOffset(2026, 10, 13, 0, 0, 0, TimeSpan.Zero))
        {
            var result = await job.HandleAsync(new RaiseAlertsCommand("instance-a"), CancellationToken.None);
            Assert.Empty(result.Failures);
            judged += result.Judged.Count;
            clock.Advance(TimeSpan.FromDays(1));
        }

        await using var context = db.CreateDbContext();
        var alerts = await context.Alerts.Where(a => a.WorkspaceId == seeded.WorkspaceId).OrderBy(a => a.Period).ToListAsync();
        foreach (var alert in alerts)
        {
            output.WriteLine($"{alert.Period:yyyy-MM-dd} x{alert.Periods} {alert.Severity} z={alert.Score:F1} {alert.Title}");
            output.WriteLine($"    {alert.Summary}");
        }

        Assert.Equal(197, judged);
        // No storm: 19 alerts over 28 weeks of judging, at most 10 a day by construction.
        Assert.InRange(alerts.Count, 3, 30);

        // a) The campaign: raised in its first week, and explained by it.
        Assert.NotEmpty(Caused(alerts, "campaign", DemoStories.SpringSaleCampaign, DemoStories.SpringSaleFrom, DemoStories.SpringSaleAftermathTo));
        Assert.Contains(alerts, a => a.Period == new DateOnly(2026, 4, 13) && a.ScopeValue == "customer-service-chat" && a.Summary.Contains("campaign spring-sale", StringComparison.Ordinal));

        // c) The checkout bug: negative comments about payment in the release's week, narrowed down to web checkouts
        // (within one week the release and the web channel are the same answers; the root cause picks the channel).
        var checkout = Assert.Single(alerts, a => a.Measure == "theme_negative_share" && a.ScopeValue == "checkout_payment"
            && a.Period >= DemoStories.CheckoutBugFrom.AddDays(-6) && a.Period <= DemoStories.CheckoutBugTo);
        // Medium or high: its strength depends on the demo's other stories (the churn pass thins later answers).
        Assert.NotEqual(AlertSeverity.Low, checkout.Severity);
        Assert.Contains("touchpoint checkout and purchase_channel web", checkout.Summary, StringComparison.Ordinal);
        // Checkout CES falls in the release's first week and stays low the next; its explanation names the release.
        var ces = Assert.Single(alerts, a => a.Measure == "ces" && a.ScopeValue == "checkout"
            && a.Period >= DemoStories.CheckoutBugFrom.AddDays(-6) && a.Period <= DemoStories.CheckoutBugTo);
        Assert.Contains("release web-2026.06.2", ces.Summary, StringComparison.Ordinal);

        // b) The slow parcels: delivery complaints rise in the week of 2026-09-21. One week holds too few answers from
        // the region for the explanation to name it (since the demo's churn pass thinned later answers it points at the
        // SMS channel instead); the story's three-week window names the region (DemoStoriesRootCauseTests).
        Assert.Single(alerts, a => a.Measure == "theme_negative_share" && a.ScopeValue == "delivery"
            && a.Period >= DemoStories.SlowDeliverySurveysFrom.AddDays(-6) && a.Period <= DemoStories.SlowDeliverySurveysTo);
    }

    /// <summary>Alerts within the story's days whose stored explanation names the cause first.</summary>
    private List<Alert> Caused(List<Alert> alerts, string dimension, string value, DateOnly from, DateOnly to)
    {
        var found = alerts.Where(a => a.Period >= from && a.Period <= to
            && JsonNode.Parse(a.Explanation)!["explanations"]!.AsArray().FirstOrDefault()?["where"]?[dimension]?.GetValue<string>() == value).ToList();
        output.WriteLine($"{dimension} = {value}: {string.Join("; ", found.Select(a => a.Title))}");
        return found;
    }
}
