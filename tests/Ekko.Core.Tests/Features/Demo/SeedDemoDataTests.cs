using System.Diagnostics;
using Ekko.Core.Features.Customers;
using Ekko.Core.Features.Demo;
using Ekko.Core.Features.Interactions;
using Ekko.Core.Features.Journeys;
using Ekko.Core.Features.Distribution;
using Ekko.Core.Features.Responses;
using Ekko.Core.Features.Surveys;
using Ekko.Core.Features.Workspaces;
using Ekko.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace Ekko.Core.Tests.Features.Demo;

public sealed class SeedDemoDataTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Stores_the_demo_year_through_the_ingest_use_cases_and_a_second_run_changes_nothing()
    {
        await using var db = await TestDatabase.CreateAsync();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero));
        var seed = DemoSeeder.For(db, clock);
        var progress = new RecordingProgress();
        var expected = DemoRecords.Data;

        var stopwatch = Stopwatch.StartNew();
        var first = await seed.HandleAsync(new SeedDemoCommand(Progress: progress), CancellationToken.None);
        stopwatch.Stop();
        output.WriteLine($"seeded on {db.Provider} in {stopwatch.Elapsed.TotalSeconds:F1} s: {first.Message}");

        Assert.True(first.Created);
        Assert.Equal((20, 1, expected.Customers.Count, expected.Interactions.Count, expected.Responses.Count),
            (first.Touchpoints, first.Journeys, first.Customers, first.Interactions, first.Responses));
        var counts = await CountAsync(db, first.WorkspaceId!.Value);
        Assert.Equal((20, 1, 5, expected.Customers.Count, expected.Interactions.Count, expected.Responses.Count), counts);
        // A guard against gross regressions only: the measured time (see docs/demo-data.md) depends on the machine
        // and on what else the test run does. It is about 40 s on SQLite today, most of it in BulkInsert.
        Assert.True(stopwatch.Elapsed < TimeSpan.FromMinutes(2), $"seeding took {stopwatch.Elapsed}");
        Assert.Equal(("mentions", expected.Mentions.Count, expected.Mentions.Count), progress.Reports[^1]);
        Assert.Equal(["touchpoints", "journey", "customers", "interactions", "responses", "mentions"], progress.Reports.Select(r => r.Stage).Distinct());
        Assert.Equal(expected.Mentions.Count, first.Mentions);
        await using (var mentions = db.CreateDbContext())
        {
            Assert.Equal(expected.Mentions.Count, await mentions.Mentions.CountAsync(m => m.WorkspaceId == first.WorkspaceId));
        }


        var second = await seed.HandleAsync(new SeedDemoCommand(), CancellationToken.None);

        Assert.False(second.Created);
        Assert.Contains("exists already", second.Message, StringComparison.Ordinal);
        Assert.Equal(counts, await CountAsync(db, first.WorkspaceId!.Value));
        await using var context = db.CreateDbContext();
        Assert.Equal(1, await context.Workspaces.CountAsync());
        var workspace = await context.Workspaces.SingleAsync();
        var surveys = await context.Surveys.Where(s => s.Status == SurveyStatus.Active).Select(s => s.Key).OrderBy(k => k).ToListAsync();
        Assert.Equal(["post-delivery-csat", "post-purchase-nps", "relationship-nps", "support-ces"], surveys);
        // The trigger came after the demo history: the history scheduled no invitations.
        Assert.Equal(0, await context.Invitations.CountAsync());
        Assert.Single(await context.SurveyTriggers.ToListAsync());
        var organization = await context.Organizations.SingleAsync();
        Assert.Equal(("Nordvik Elektronik", "nordvik", "sv", "Nordvik Elektronik AB"), (workspace.Name, workspace.Slug, workspace.DefaultLanguage, organization.Name));
    }

    private static async Task<(int, int, int, int, int, int)> CountAsync(TestDatabase db, Guid workspaceId)
    {
        await using var context = db.CreateDbContext();
        var journeys = await context.Journeys.Where(j => j.WorkspaceId == workspaceId).Select(j => j.Id).ToListAsync();
        return (
            await context.Touchpoints.CountAsync(t => t.WorkspaceId == workspaceId),
            journeys.Count,
            await context.JourneyStages.CountAsync(s => journeys.Contains(s.JourneyId)),
            await context.Customers.CountAsync(c => c.WorkspaceId == workspaceId),
            await context.Interactions.CountAsync(i => i.WorkspaceId == workspaceId),
            await context.Responses.CountAsync(r => r.WorkspaceId == workspaceId));
    }

    /// <summary>Records reports as they come; <see cref="Progress{T}"/> would post them to the thread pool, out of order.</summary>
    private sealed class RecordingProgress : IProgress<(string Stage, int Done, int Total)>
    {
        public List<(string Stage, int Done, int Total)> Reports { get; } = [];

        public void Report((string Stage, int Done, int Total) value) => Reports.Add(value);
    }
}
