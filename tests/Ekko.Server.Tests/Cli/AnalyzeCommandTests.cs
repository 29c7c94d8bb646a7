using System.Text.Json.Nodes;
using Ekko.TestSupport;

namespace Ekko.Server.Tests.Cli;

public sealed class AnalyzeCommandTests : IAsyncLifetime
{
    private readonly string directory = Directory.CreateTempSubdirectory("ekko-analyze-").FullName;
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync()
    {
        await database.DisposeAsync();
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task Metrics_of_a_file_match_hand_computed_values_and_name_skipped_lines()
    {
        var input = Path.Combine(directory, "responses.jsonl");
        await File.WriteAllLinesAsync(input,
        [
            """{"id": "r-1", "survey": "s", "touchpoint": "a", "submitted_at": "2026-03-02T08:00:00Z", "metric": "nps", "score": 10}""",
            """{"id": "r-2", "survey": "s", "touchpoint": "a", "submitted_at": "2026-03-03T08:00:00Z", "metric": "nps", "score": 10}""",
            """{"id": "r-3", "survey": "s", "touchpoint": "a", "submitted_at": "2026-03-04T08:00:00Z", "metric": "nps", "score": 9}""",
            """{"id": "r-4", "survey": "s", "touchpoint": "a", "submitted_at": "2026-03-05T08:00:00Z", "metric": "nps", "score": 8}""",
            """{"id": "r-5", "survey": "s", "touchpoint": "a", "submitted_at": "2026-03-06T08:00:00Z", "metric": "nps", "score": 0}""",
            """{"id": "r-6", "survey": "s", "touchpoint": "b", "submitted_at": "2026-03-06T23:59:59Z", "metric": "nps", "score": 5}""",
            """{"id": "r-7", "survey": "s", "touchpoint": "b", "submitted_at": "2026-03-06T08:00:00Z", "metric": "csat", "score": 5}""",
            """{"id": "r-8", "survey": "s", "touchpoint": "b", "submitted_at": "2026-03-07T00:00:00Z", "metric": "nps", "score": 10}""",
            """{"id": "r-9", "survey": "s", "submitted_at": "yesterday", "metric": "nps", "score": 10}""",
        ]);

        var result = await EkkoProcess.RunAsync(database, directory,
            "analyze", "metrics", "--input", input, "--metric", "nps", "--by", "touchpoint", "--from", "2026-03-01", "--to", "2026-03-06");

        // a: 3 promoters, 1 passive, 1 detractor -> NPS 40; adjusted Wald: n' = 8, p_pro = 3.75/8, p_det = 1.75/8,
        // 0.25 ± 1.96 * sqrt((0.6875 - 0.0625) / 8) = [-29.8, 79.8]. b: one detractor -> -100 (r-8 is after --to);
        // its interval [-98.5, 48.5] is widened to hold the value.
        Assert.Equal(3, result.ExitCode);
        var groups = JsonNode.Parse(result.Stdout)!["groups"]!.AsArray();
        Assert.Equal(
            """{"key":{"touchpoint":"a"},"value":40,"n":5,"ci95":[-29.8,79.8],"low_n":true}""",
            groups[0]!.ToJsonString());
        Assert.Equal(
            """{"key":{"touchpoint":"b"},"value":-100,"n":1,"ci95":[-100,48.5],"low_n":true}""",
            groups[1]!.ToJsonString());
        Assert.Equal("nps", (string?)JsonNode.Parse(result.Stdout)!["metric"]);
        Assert.Contains("responses.jsonl:9: skipped: submitted_at", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_by_there_is_one_group_with_an_empty_key_and_a_month_grain_labels_months()
    {
        var input = Path.Combine(directory, "responses.csv");
        await File.WriteAllLinesAsync(input,
        [
            "id,survey,submitted_at,metric,score",
            "r-1,s,2026-01-31T23:00:00Z,csat,5",
            "r-2,s,2026-02-01T00:30:00Z,csat,2",
            "r-3,s,2026-02-02T00:30:00Z,csat,4",
        ]);

        var total = await EkkoProcess.RunAsync(database, directory, "analyze", "metrics", "--input", input, "--metric", "csat");
        var monthly = await EkkoProcess.RunAsync(database, directory, "analyze", "metrics", "--input", input, "--metric", "csat", "--by", "month");

        Assert.Equal(0, total.ExitCode);
        var single = Assert.Single(JsonNode.Parse(total.Stdout)!["groups"]!.AsArray())!;
        Assert.Equal(("{}", 3, 66.7), (single["key"]!.ToJsonString(), (int)single["n"]!, (double)single["value"]!));
        Assert.Equal(["2026-01", "2026-02"], JsonNode.Parse(monthly.Stdout)!["groups"]!.AsArray().Select(g => (string)g!["key"]!["month"]!));
    }

    [Fact]
    public async Task Root_cause_of_a_file_prints_the_documented_shape()
    {
        var input = Path.Combine(directory, "answers.jsonl");
        var random = new Random(5);
        await File.WriteAllLinesAsync(input, Enumerable.Range(0, 800).Select(i =>
        {
            var march = i >= 400;
            var region = $"r{i % 4}";
            var score = march && region == "r2" ? random.Next(0, 6) : random.Next(7, 11);
            return $$"""{"id": "r-{{i}}", "survey": "s", "submitted_at": "2026-{{(march ? "03" : "02")}}-{{1 + i % 28:00}}T10:00:00Z", "metric": "nps", "score": {{score}}, "attributes": {"region": "{{region}}"} }""";
        }));

        var result = await EkkoProcess.RunAsync(database, directory,
            "analyze", "root-cause", "--input", input, "--metric", "nps", "--baseline", "2026-02-01..2026-02-28", "--current", "2026-03-01..2026-03-31");

        Assert.Equal(0, result.ExitCode);
        var answer = JsonNode.Parse(result.Stdout)!;
        Assert.Equal(["metric", "baseline", "current", "change", "p_value", "explanations", "summary"], answer.AsObject().Select(p => p.Key));
        var cause = Assert.Single(answer["explanations"]!.AsArray())!;
        Assert.Equal(["where", "baseline", "current", "contribution", "surprise"], cause.AsObject().Select(p => p.Key));
        Assert.Equal("r2", (string?)cause["where"]!["region"]);
        Assert.Equal(100, (int)cause["current"]!["n"]!);
    }

    [Fact]
    public async Task Priorities_of_a_file_rank_by_impact()
    {
        var input = Path.Combine(directory, "priorities.jsonl");
        // a: 10 answers, all detractors (NPS -100); b: 90 answers, 60 promoters and 30 passives (NPS 66.7).
        await File.WriteAllLinesAsync(input, Enumerable.Range(0, 100).Select(i =>
            $$"""{"id": "r-{{i}}", "survey": "s", "touchpoint": "{{(i < 10 ? "a" : "b")}}", "submitted_at": "2026-03-02T10:00:00Z", "metric": "nps", "score": {{(i < 10 ? 2 : i < 70 ? 10 : 8)}} }"""));

        var result = await EkkoProcess.RunAsync(database, directory, "analyze", "priorities", "--input", input);

        Assert.Equal(0, result.ExitCode);
        var first = JsonNode.Parse(result.Stdout)!["priorities"]!.AsArray()[0]!;
        // impact of a = 0.1 x (66.7 - (-100)) = 16.67 points
        Assert.Equal(("a", 16.67, 10), ((string?)first["key"], (double)first["impact"]!, (int)first["negative_answers"]!));
    }
}
