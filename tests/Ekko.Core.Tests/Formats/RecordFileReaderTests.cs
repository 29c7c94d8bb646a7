using System.Text.Json;
using System.Text.Json.Nodes;
using Ekko.Core.Features.Responses;
using Ekko.Core.Formats;

namespace Ekko.Core.Tests.Formats;

public sealed class RecordFileReaderTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("ekko-reader-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private async Task<List<FileLine>> ReadAsync(string name, string content)
    {
        var path = Path.Combine(directory, name);
        await File.WriteAllTextAsync(path, content);
        var lines = new List<FileLine>();
        await foreach (var line in RecordFileReader.ReadAsync(path, ResponseFormat.Kind.TypedCsvColumns, CancellationToken.None))
        {
            lines.Add(line);
        }

        return lines;
    }

    [Fact]
    public async Task Csv_rows_become_the_same_objects_as_json_lines()
    {
        var lines = await ReadAsync("r.csv", """
            id,survey,submitted_at,metric,score,comment,attributes.region,answers.reason
            r-1,post-delivery,2026-03-02T08:01:00Z,nps,3,"Sent, och trasigt",Stockholm,delivery
            """);

        var line = Assert.Single(lines);
        Assert.Equal(2, line.LineNumber);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""
            {"id": "r-1", "survey": "post-delivery", "submitted_at": "2026-03-02T08:01:00Z", "metric": "nps", "score": 3,
             "comment": "Sent, och trasigt", "attributes": {"region": "Stockholm"}, "answers": {"reason": "delivery"}}
            """), line.Record), line.Record?.ToJsonString());
    }

    [Fact]
    public async Task Csv_line_numbers_count_physical_lines_so_multi_line_comments_do_not_shift_them()
    {
        var lines = await ReadAsync("r.csv", "id,survey,comment,score\nr-1,s,\"first line\nsecond line\",1\nr-2,s,ok,x\n");

        Assert.Equal([2, 4], lines.Select(l => l.LineNumber));
        Assert.Equal("first line\nsecond line", (string?)lines[0].Record!["comment"]);
        Assert.Equal("score: expected a number, got 'x'", lines[1].Error);
    }

    [Fact]
    public async Task Empty_csv_cells_are_absent_fields_and_a_short_row_is_an_error()
    {
        var lines = await ReadAsync("r.csv", "id,survey,comment\nr-1,s,\nr-2,s\n");

        Assert.False(lines[0].Record!.AsObject().ContainsKey("comment"));
        Assert.Equal("expected 3 columns as in the header, got 2", lines[1].Error);
    }

    [Fact]
    public async Task Json_lines_keep_their_numbers_skip_blank_lines_and_report_malformed_ones()
    {
        var lines = await ReadAsync("r.jsonl", "{\"id\": \"r-1\"}\n\n{\"id\": \n{\"id\": \"r-3\"}\n");

        Assert.Equal([1, 3, 4], lines.Select(l => l.LineNumber));
        Assert.StartsWith("malformed JSON", lines[1].Error, StringComparison.Ordinal);
        Assert.Equal("r-3", (string?)lines[2].Record!["id"]);
    }

    [Fact]
    public async Task Written_csv_reads_back_as_the_same_records()
    {
        var records = new[]
        {
            JsonNode.Parse("""{"id": "r-1", "survey": "s", "score": 9, "metric": "nps", "comment": "Bra, \"snabbt\"\nTack", "attributes": {"region": "Skåne"}}""")!.AsObject(),
            JsonNode.Parse("""{"id": "r-2", "survey": "s", "answers": {"reason": "price"}}""")!.AsObject(),
        };
        var path = Path.Combine(directory, "out.csv");
        await using (var text = new StreamWriter(path))
        {
            await using var writer = new RecordFileWriter(text, csv: true, ResponseFormat.CsvColumns);
            foreach (var record in records)
            {
                await writer.WriteAsync(record, CancellationToken.None);
            }
        }

        var back = new List<FileLine>();
        await foreach (var line in RecordFileReader.ReadAsync(path, ResponseFormat.Kind.TypedCsvColumns, CancellationToken.None))
        {
            back.Add(line);
        }

        Assert.Equal(2, back.Count);
        for (var i = 0; i < records.Length; i++)
        {
            Assert.True(JsonNode.DeepEquals(records[i], back[i].Record), $"{records[i].ToJsonString()} vs {back[i].Record?.ToJsonString(new JsonSerializerOptions())}");
        }
    }
}
