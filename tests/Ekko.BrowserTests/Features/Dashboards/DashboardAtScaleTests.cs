using System.Globalization;
using System.Text.Json;
using Ekko.Analytics;
using Ekko.Core.Data;
using Ekko.Core.Features.Journeys;
using Ekko.Core.Features.Responses;
using Ekko.Core.Features.Workspaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Ekko.BrowserTests.Features.Dashboards;

/// <summary>
/// The overview dashboard of a workspace with a million responses, in the browser: it shows the right numbers, and
/// the time to its first meaningful content (the headline metrics, which are in the first HTML) is measured and
/// written to TestResults/dashboard-1m.json for docs/performance.md. Timing is reported, not asserted: it depends
/// on the machine and on what else runs.
/// </summary>
public sealed class DashboardAtScaleTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Responses = 1_000_000;
    private static readonly DateOnly Start = new(2025, 1, 1);
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
    private readonly BrowserApp app = new();

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task A_million_responses_give_the_right_headline_numbers_and_the_first_content_time_is_recorded()
    {
        var loaded = System.Diagnostics.Stopwatch.StartNew();
        var expectedNps = await LoadAsync();
        output.WriteLine($"loaded {Responses:N0} responses in {loaded.Elapsed.TotalSeconds:F1} s");

        // 2026 in the data: 1 January to the last day loaded (18 months from 2025-01-01).
        var url = $"{app.BaseUrl}/w/default/dashboard?from=2026-01-01&to=2026-12-31";
        var page = await app.SignedInPageAsync();
        var cold = await MeasureAsync(page, url);
        var warm = await MeasureAsync(page, url);
        var again = await MeasureAsync(page, url);

        await Assertions.Expect(page.Locator("[data-metric=nps]")).ToHaveTextAsync(expectedNps.Value);
        await Assertions.Expect(page.Locator(".ekko-kpi-detail").First).ToContainTextAsync($"n = {expectedNps.N.ToString("N0", CultureInfo.GetCultureInfo("en"))}");
        await BrowserApp.ScreenshotAsync(page, "dashboard-1m");

        var report = new { responses = Responses, cold, warm = new[] { warm, again } };
        var json = JsonSerializer.Serialize(report, Indented);
        output.WriteLine(json);
        var directory = Path.Combine(Path.GetDirectoryName(typeof(DashboardAtScaleTests).Assembly.Location)!, "..", "..", "..", "..", "..", "TestResults");
        Directory.CreateDirectory(directory);
        await File.WriteAllTextAsync(Path.Combine(directory, "dashboard-1m.json"), json);
    }

    /// <summary>Milliseconds from navigation start: the HTML fully received, first contentful paint, and the NPS value in the page.</summary>
    private static async Task<Dictionary<string, double>> MeasureAsync(IPage page, string url)
    {
        await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Commit });
        await page.Locator("[data-metric=nps]").WaitForAsync();
        return await page.EvaluateAsync<Dictionary<string, double>>("""
            () => {
              const nav = performance.getEntriesByType('navigation')[0];
              const fcp = performance.getEntriesByName('first-contentful-paint')[0];
              return { html_received_ms: nav.responseEnd, first_contentful_paint_ms: fcp ? fcp.startTime : -1, dom_content_loaded_ms: nav.domContentLoadedEventEnd };
            }
            """);
    }

    /// <summary>
    /// A year and a half of answers at eight touchpoints (a third each NPS, CSAT, CES), written with ingestion's own
    /// bulk insert and numbered in the workspace's change feed as ingestion numbers them. Returns the NPS of 2026 as
    /// the dashboard must show it, counted here by hand.
    /// </summary>
    private async Task<(string Value, long N)> LoadAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<EkkoDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var workspace = await db.Workspaces.SingleAsync(w => w.Slug == "default");
        string[] keys = ["web-shop", "checkout", "delivery", "parcel-locker", "store", "support-phone", "support-chat", "returns"];
        var touchpoints = keys.Select(k => new Touchpoint { WorkspaceId = workspace.Id, Key = k, Name = k, Stage = JourneyPhase.DuringPurchase, Category = TouchpointCategory.Interaction }).ToList();
        db.Touchpoints.AddRange(touchpoints);
        await db.SaveChangesAsync();

        var random = new Random(7);
        long promoters = 0, detractors = 0, nps = 0;
        var seq = workspace.ChangeSeq;
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        for (var batch = 0; batch < Responses / 50_000; batch++)
        {
            var rows = new List<Response>(50_000);
            for (var i = batch * 50_000; i < (batch + 1) * 50_000; i++)
            {
                var metric = (Metric)(i % 3);
                var day = Start.AddDays(i * 540 / Responses);
                var touchpoint = touchpoints[i / 3 % touchpoints.Count];
                // Touchpoints differ in how well they do, so the heatmap and priorities have something to show.
                var score = metric switch
                {
                    Metric.Nps => Math.Min(10, random.Next(0, 11) + (i / 3 % 8 < 4 ? 1 : 0)),
                    Metric.Csat => random.Next(1, 6),
                    _ => random.Next(1, 8),
                };
                if (metric == Metric.Nps && day.Year == 2026)
                {
                    nps++;
                    promoters += score >= 9 ? 1 : 0;
                    detractors += score <= 6 ? 1 : 0;
                }

                rows.Add(new Response
                {
                    WorkspaceId = workspace.Id, ExternalId = $"r-{i:D7}", Survey = $"survey-{metric}".ToLowerInvariant(), TouchpointId = touchpoint.Id,
                    Channel = (i % 4) switch { 0 => "email", 1 => "web", 2 => "app", _ => "sms" }, Language = i % 5 == 0 ? "en" : "sv",
                    SubmittedAt = new DateTimeOffset(day.ToDateTime(new TimeOnly(8 + i % 12, 0)), TimeSpan.Zero), Metric = metric, Score = score,
                    Attributes = $$"""{"segment": "s{{i % 3}}", "region": "r{{i % 12}}"}""", ReceivedAt = now, Seq = ++seq,
                });
            }

            await using var chunk = await factory.CreateDbContextAsync();
            await using var transaction = await chunk.Database.BeginTransactionAsync();
            await BulkInsert.InsertAllAsync(chunk, rows, CancellationToken.None);
            await transaction.CommitAsync();
        }

        workspace.ChangeSeq = seq;
        await db.SaveChangesAsync();
        var value = 100.0 * (promoters - detractors) / nps;
        return (value.ToString("+0.0;−0.0;0.0", CultureInfo.GetCultureInfo("en")), nps);
    }
}
