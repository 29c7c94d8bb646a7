using System.Text.Json;

namespace Ekko.Server.Tests.Cli;

public sealed class TextCommandTests
{
    [Fact]
    public async Task Analyze_writes_one_result_per_comment_and_names_bad_lines()
    {
        var directory = Directory.CreateTempSubdirectory("ekko-text-");
        var input = Path.Combine(directory.FullName, "comments.jsonl");
        var output = Path.Combine(directory.FullName, "out.jsonl");
        await File.WriteAllLinesAsync(input, [
            """{"id": "c1", "text": "Bra pris men långsam leverans", "language": "sv"}""",
            "not json",
            """{"id": "c2", "text": "Ring 070-123 45 67 eller anna@example.se"}""",
            """{"text": "no id"}""",
        ]);

        var result = await EkkoProcess.RunWithoutDatabaseAsync(directory.FullName, "text", "analyze", "--input", input, "--output", output, "--redact");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("comments.jsonl:2: skipped", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("comments.jsonl:4: skipped: id", result.Stderr, StringComparison.Ordinal);
        var lines = await File.ReadAllLinesAsync(output);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("c1", first.RootElement.GetProperty("id").GetString());
        Assert.Equal("sv", first.RootElement.GetProperty("language").GetString());
        Assert.Equal("mixed", first.RootElement.GetProperty("sentiment").GetProperty("label").GetString());
        Assert.InRange(first.RootElement.GetProperty("sentiment").GetProperty("score").GetDouble(), -1, 1);
        Assert.Equal(["delivery", "price"], first.RootElement.GetProperty("themes").EnumerateArray().Select(t => t.GetString()!).Order());
        Assert.NotEmpty(first.RootElement.GetProperty("keyphrases").EnumerateArray());
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal("Ring [phone] eller [email]", second.RootElement.GetProperty("redacted_text").GetString());
    }

    [Fact]
    public async Task Evaluate_prints_metrics_per_language()
    {
        var directory = Directory.CreateTempSubdirectory("ekko-text-");
        var gold = Path.Combine(directory.FullName, "gold.jsonl");
        await File.WriteAllLinesAsync(gold, [
            """{"id": "1", "language": "sv", "text": "Snabb leverans, toppen!", "sentiment": {"label": "positive", "score": 0.8}, "themes": ["delivery"]}""",
            """{"id": "2", "language": "sv", "text": "Kundtjänsten var otrevlig.", "sentiment": {"label": "negative", "score": -0.7}, "themes": ["customer_service"]}""",
            """{"id": "3", "language": "en", "text": "Great price.", "sentiment": {"label": "positive", "score": 0.6}, "themes": ["price"]}""",
        ]);

        var result = await EkkoProcess.RunWithoutDatabaseAsync(directory.FullName, "text", "evaluate", "--gold", gold);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("acc3", result.Stderr, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(result.Stdout);
        var languages = json.RootElement.GetProperty("languages").EnumerateArray().ToArray();
        Assert.Equal(["en", "sv"], languages.Select(l => l.GetProperty("language").GetString()!));
        Assert.Equal(1.0, languages[1].GetProperty("accuracy3").GetDouble());
        Assert.Equal(1.0, languages[1].GetProperty("theme_precision").GetDouble());
    }
}
