using System.Diagnostics;
using Ekko.Core.Features.Customers;
using Ekko.Core.Features.Demo;
using Ekko.Core.Features.Interactions;
using Ekko.Core.Features.Journeys;
using Ekko.Core.Features.Responses;
using Ekko.Core.Features.TextInsights;
using Ekko.Core.Features.Workspaces;
using Ekko.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Ekko.Benchmarks;

/// <summary>
/// The text pipeline end to end on a database: seeds the demo year (realistic comments in four languages) into a
/// fresh database of the configured provider (SQLite unless EKKO_TEST_DB=postgres), then times the background job's
/// use case analysing every comment and storing the results, and the analyzer alone on the same comments.
///   pipeline [BATCH]
/// </summary>
internal static class PipelineThroughput
{
    public static async Task<int> RunAsync(string[] args)
    {
        var batch = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 500;
        await using var db = await TestDatabase.CreateAsync();
        var clock = TimeProvider.System;
        var seeding = Stopwatch.StartNew();
        var seeded = await DemoSeeder.For(db, clock).HandleAsync(new SeedDemoCommand(), CancellationToken.None);
        List<(string Comment, string? Language)> comments;
        await using (var context = db.CreateDbContext())
        {
            comments = [.. (await context.Responses.Where(r => r.Comment != null).Select(r => new { r.Comment, r.Language }).ToListAsync())
                .Select(r => (r.Comment!, r.Language))];
        }

        Console.WriteLine($"{db.Provider}: seeded {seeded.Responses} responses, {comments.Count} with comments, in {seeding.Elapsed.TotalSeconds:F1} s");

        var analyzers = new TextAnalyzers();
        var building = Stopwatch.StartNew();
        _ = analyzers.Default;
        Console.WriteLine($"analyzer built in {building.Elapsed.TotalSeconds:F2} s");

        var pipeline = new AnalyzeComments(db, analyzers, clock, db.WriteGate);
        var total = Stopwatch.StartNew();
        var (analyzed, rounds) = (0, 0);
        while (true)
        {
            var result = await pipeline.HandleAsync(new AnalyzeCommentsCommand("bench", MaxComments: batch * 4, BatchSize: batch), CancellationToken.None);
            analyzed += result.Analyzed;
            rounds++;
            if (!result.MoreWaiting)
            {
                break;
            }
        }

        total.Stop();
        Console.WriteLine($"pipeline: {analyzed} comments analysed and stored in {total.Elapsed.TotalSeconds:F2} s = {analyzed / total.Elapsed.TotalSeconds:F0} comments/s ({rounds} rounds, batches of {batch})");

        // A taxonomy change re-analyses everything: old rows deleted, new ones stored, code warm by now.
        var taxonomy = (await new GetTaxonomy(db, analyzers, db.WriteGate).HandleAsync(new GetTaxonomyQuery(seeded.WorkspaceId!.Value), CancellationToken.None))!;
        await new SetTaxonomy(db, analyzers, db.WriteGate).HandleAsync(new SetTaxonomyCommand(seeded.WorkspaceId!.Value, taxonomy.ToJson()), CancellationToken.None);
        var again = Stopwatch.StartNew();
        var reanalyzed = 0;
        while (true)
        {
            var result = await pipeline.HandleAsync(new AnalyzeCommentsCommand("bench", MaxComments: batch * 4, BatchSize: batch), CancellationToken.None);
            reanalyzed += result.Reanalyzed;
            if (!result.MoreWaiting)
            {
                break;
            }
        }

        again.Stop();
        Console.WriteLine($"re-analysis: {reanalyzed} comments in {again.Elapsed.TotalSeconds:F2} s = {reanalyzed / again.Elapsed.TotalSeconds:F0} comments/s");

        // The same comments through the analyzer only (tiered up by now), to show what the storing costs.
        var alone = Stopwatch.StartNew();
        var themes = 0;
        foreach (var (comment, language) in comments)
        {
            themes += analyzers.Default.Analyze(comment, language ?? "sv").Themes.Count;
        }

        alone.Stop();
        Console.WriteLine($"analyzer alone: {comments.Count} comments in {alone.Elapsed.TotalSeconds:F2} s = {comments.Count / alone.Elapsed.TotalSeconds:F0} comments/s ({themes} themes)");
        return analyzed == comments.Count ? 0 : 1;
    }
}
