using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Ekko.Core.Features.Journeys;
using Ekko.Core.Features.Responses;
using Ekko.Core.Features.Workspaces;
using Ekko.TestSupport;

namespace Ekko.Benchmarks;

/// <summary>
/// The ingestion path without HTTP: validating a batch of 1,000 responses, and validating plus storing it
/// in the database the run is configured for (EKKO_TEST_DB, as in the tests; SQLite by default).
/// </summary>
[MemoryDiagnoser]
public class IngestionBenchmarks
{
    private TestDatabase database = null!;
    private IngestResponses ingest = null!;
    private Guid workspace;
    private List<JsonNode?> batch = [];
    private int round;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        database = await TestDatabase.CreateAsync();
        var clock = TimeProvider.System;
        workspace = (await new CreateWorkspace(database, clock).HandleAsync(new CreateWorkspaceCommand("Bench", "Bench", "bench"), CancellationToken.None)).Value!.Id;
        await new CreateTouchpoint(database, clock).HandleAsync(new CreateTouchpointCommand(workspace, JsonNode.Parse(
            """{"key": "home-delivery", "name": "Home delivery", "stage": "after_purchase", "category": "interaction"}""")), CancellationToken.None);
        ingest = new IngestResponses(database, clock, database.WriteGate);
        batch = Batch(0);
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await database.DisposeAsync();

    [IterationSetup(Target = nameof(ValidateAndStore1000))]
    public void NewIds() => batch = Batch(++round);

    [Benchmark]
    public int Validate1000() => batch.Count(item => ResponseRecord.Parse(item).IsValid);

    [Benchmark]
    public async Task<int> ValidateAndStore1000() =>
        (await ingest.HandleAsync(new IngestResponsesCommand(workspace, batch), CancellationToken.None)).Created;

    public static List<JsonNode?> Batch(int round) =>
        Enumerable.Range(0, 1000).Select(i => JsonNode.Parse($$"""
            {"id": "b-{{round}}-{{i}}", "survey": "post-delivery", "customer_id": "c-{{i % 5000}}", "touchpoint": "home-delivery",
             "channel": "email", "submitted_at": "2026-03-02T08:01:00Z", "language": "sv", "metric": "nps", "score": {{i % 11}},
             "comment": "Paketet kom en vecka för sent.", "attributes": {"campaign": "spring-sale", "region": "Stockholm"} }
            """)).ToList();
}
