using System.Text.Json.Nodes;
using Ekko.TestSupport;

namespace Ekko.Server.Tests.Cli;

public sealed class ImportExportCommandTests : IAsyncLifetime
{
    private readonly string directory = Directory.CreateTempSubdirectory("ekko-cli-").FullName;
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync()
    {
        await database.DisposeAsync();
        Directory.Delete(directory, recursive: true);
    }

    private Task<EkkoProcess.Result> Ekko(params string[] args) => EkkoProcess.RunAsync(database, directory, args);

    [Fact]
    public async Task Import_reports_rejected_lines_in_a_rejects_file_and_export_round_trips()
    {
        Assert.Equal(0, (await Ekko("migrate")).ExitCode);
        var input = Path.Combine(directory, "responses.jsonl");
        await File.WriteAllLinesAsync(input,
        [
            """{"id": "r-1", "survey": "post-delivery", "customer_id": "c-1", "submitted_at": "2026-03-02T08:01:00+01:00", "language": "sv", "metric": "nps", "score": 3, "comment": "Paketet kom sent", "attributes": {"campaign": "spring-sale"}}""",
            """{"id": "r-2", "survey": "post-delivery", "customer_id": "c-2", "submitted_at": "2026-03-03T08:01:00Z", "metric": "csat", "score": 9}""",
            """{"id": "r-3", "survey": "post-delivery", "submitted_at": "2026-03-04T08:01:00Z", "metric": "ces", "score": 7, "region": "Skåne"}""",
            """{"id": "r-4", "survey": "post-delivery", "touchpoint": "nowhere", "submitted_at": "2026-03-04T08:01:00Z"}""",
        ]);

        var import = await Ekko("import", "responses", input);

        Assert.Equal(3, import.ExitCode);
        var summary = JsonNode.Parse(import.Stdout)!;
        Assert.Equal((4, 2, 2), ((int)summary["lines"]!, (int)summary["created"]!, (int)summary["rejected"]!));
        Assert.Contains("2 responses created", import.Stderr, StringComparison.Ordinal);
        var rejects = (await File.ReadAllLinesAsync(input + ".rejects.jsonl")).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal([2, 4], rejects.Select(r => (int)r["line"]!));
        Assert.Equal("score", (string?)rejects[0]["errors"]![0]!["field"]);
        Assert.Equal("must be 1-5 for metric csat, got 9", (string?)rejects[0]["errors"]![0]!["message"]);

        var export = await Ekko("export", "responses", "--output", Path.Combine(directory, "out.csv"));
        Assert.Equal(0, export.ExitCode);
        var csv = await File.ReadAllLinesAsync(Path.Combine(directory, "out.csv"));
        Assert.Equal("id,survey,customer_id,touchpoint,channel,submitted_at,language,metric,score,comment,attributes.campaign,attributes.region", csv[0]);
        Assert.Equal(3, csv.Length);

        var again = await Ekko("import", "responses", Path.Combine(directory, "out.csv"));
        Assert.Equal(0, again.ExitCode);
        Assert.Equal((0, 2), ((int)JsonNode.Parse(again.Stdout)!["created"]!, (int)JsonNode.Parse(again.Stdout)!["duplicates"]!));
        Assert.False(File.Exists(Path.Combine(directory, "out.csv.rejects.jsonl")));

        var jsonl = await Ekko("export", "responses", "--from", "2026-03-02", "--to", "2026-03-02");
        var exported = JsonNode.Parse(jsonl.Stdout.Trim())!;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""
            {"id": "r-1", "survey": "post-delivery", "customer_id": "c-1", "submitted_at": "2026-03-02T07:01:00+00:00", "language": "sv",
             "metric": "nps", "score": 3, "comment": "Paketet kom sent", "answers": {}, "attributes": {"campaign": "spring-sale"}}
            """), exported), exported.ToJsonString());
    }

    [Fact]
    public async Task Customers_import_from_csv_and_export_with_their_attributes()
    {
        Assert.Equal(0, (await Ekko("migrate")).ExitCode);
        var input = Path.Combine(directory, "customers.csv");
        await File.WriteAllTextAsync(input, """
            id,name,email,language,consent.surveys,attributes.segment,attributes.region
            c-1,Anna Berg,anna@example.se,sv,true,member,Stockholm
            c-2,Ola Nordmann,ola@example.no,nb,maybe,regular,Oslo
            c-3,Mette Hansen,mette@example.dk,da,false,,København
            """);

        var import = await Ekko("import", "customers", input);
        var export = await Ekko("export", "customers");

        Assert.Equal(3, import.ExitCode);
        var rejected = JsonNode.Parse((await File.ReadAllLinesAsync(input + ".rejects.jsonl")).Single())!;
        Assert.Equal(3, (int)rejected["line"]!);
        Assert.Equal("consent.surveys: expected true or false, got 'maybe'", (string?)rejected["errors"]![0]!["message"]);
        var customers = export.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal(["c-1", "c-3"], customers.Select(c => (string)c["id"]!));
        Assert.Equal("København", (string?)customers[1]["attributes"]!["region"]);
        Assert.False((bool)customers[1]["consent"]!["surveys"]!);
    }

    [Fact]
    public async Task A_missing_file_or_workspace_is_a_clear_error()
    {
        var missing = await Ekko("import", "responses", Path.Combine(directory, "nope.jsonl"));
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("no such file", missing.Stderr, StringComparison.Ordinal);

        var file = Path.Combine(directory, "r.jsonl");
        await File.WriteAllTextAsync(file, "{}\n");
        var unknown = await Ekko("import", "responses", file, "--workspace", "ghost");
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("no workspace 'ghost'", unknown.Stderr, StringComparison.Ordinal);
    }
}
