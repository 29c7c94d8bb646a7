using System.Text.Json.Nodes;
using Ekko.Core.Features.Journeys;
using Ekko.Core.Features.Responses;
using Ekko.Core.Features.Workspaces;
using Ekko.Core.Formats;
using Ekko.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Ekko.Core.Tests.Formats;

public sealed class RecordImportTests : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private readonly string directory = Directory.CreateTempSubdirectory("ekko-import-").FullName;
    private TestDatabase db = null!;
    private Guid workspace;

    public async Task InitializeAsync()
    {
        db = await TestDatabase.CreateAsync();
        workspace = (await new CreateWorkspace(db, clock).HandleAsync(new CreateWorkspaceCommand("Org", "Shop", "shop"), CancellationToken.None)).Value!.Id;
        await new CreateTouchpoint(db, clock).HandleAsync(new CreateTouchpointCommand(workspace, JsonNode.Parse(
            """{"key": "home-delivery", "name": "Home delivery", "stage": "after_purchase", "category": "interaction"}""")), CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await db.DisposeAsync();
        Directory.Delete(directory, recursive: true);
    }

    private Task<ImportSummary> ImportAsync(string path) =>
        new RecordImport(db).RunAsync(path, workspace, ResponseFormat.Kind,
            (records, ct) => new IngestResponses(db, clock, db.WriteGate).StoreAsync(workspace, records, ct), null, CancellationToken.None);

    private static string Line(int i, string touchpoint = "home-delivery", int score = 9) =>
        $$"""{"id": "r-{{i}}", "survey": "s", "customer_id": "c-{{i % 7}}", "touchpoint": "{{touchpoint}}", "submitted_at": "2026-03-02T08:01:00Z", "metric": "nps", "score": {{score}}}""";

    [Fact]
    public async Task Good_lines_go_in_and_each_bad_line_is_rejected_with_its_number_and_reasons()
    {
        var lines = Enumerable.Range(1, 2500).Select(i => Line(i)).ToList();
        lines[9] = Line(10, score: 12);
        lines[99] = Line(100, touchpoint: "teleport");
        lines[1999] = "{\"id\": ";
        lines[2099] = Line(5);
        var path = Path.Combine(directory, "responses.jsonl");
        await File.WriteAllLinesAsync(path, lines);

        var summary = await ImportAsync(path);

        Assert.Equal((2500, 2496, 2496, 0), (summary.Lines, summary.Accepted, summary.Created, summary.Duplicates));
        Assert.Equal([10, 100, 2000, 2100], summary.Rejected.Select(r => r.Line));
        Assert.Equal(("score", "must be 0-10 for metric nps, got 12"), (summary.Rejected[0].Errors[0].Field, summary.Rejected[0].Errors[0].Message));
        Assert.Equal("touchpoint", summary.Rejected[1].Errors[0].Field);
        Assert.Equal("'r-5' already appears at line 5", summary.Rejected[3].Errors[0].Message);
        await using var context = db.CreateDbContext();
        Assert.Equal(2496, await context.Responses.CountAsync());
    }

    [Fact]
    public async Task Running_the_same_import_again_stores_nothing_twice()
    {
        var path = Path.Combine(directory, "responses.jsonl");
        await File.WriteAllLinesAsync(path, Enumerable.Range(1, 1500).Select(i => Line(i)));

        await ImportAsync(path);
        var again = await ImportAsync(path);

        Assert.Equal((0, 1500), (again.Created, again.Duplicates));
        await using var context = db.CreateDbContext();
        Assert.Equal(1500, await context.Responses.CountAsync());
        Assert.Equal(7, await context.Customers.CountAsync());
    }
}
