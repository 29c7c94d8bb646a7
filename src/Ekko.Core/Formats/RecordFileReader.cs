using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsvHelper;
using CsvHelper.Configuration;

namespace Ekko.Core.Formats;

/// <summary>One line of an input file: its line number and either the record as JSON or why it could not be read.</summary>
public sealed record FileLine(int LineNumber, JsonNode? Record, string? Error);

/// <summary>
/// Reads the public formats from JSON Lines or CSV. CSV rows become the same JSON objects as JSONL lines:
/// dotted headers nest (<c>attributes.region</c>), empty cells are absent, and the columns a format declares
/// as numbers or booleans are converted, so both formats go through one validation.
/// </summary>
public static class RecordFileReader
{
    public static bool IsCsv(string path) => path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);

    public static IAsyncEnumerable<FileLine> ReadAsync(string path, IReadOnlyDictionary<string, JsonValueKind> typedColumns, CancellationToken cancellationToken) =>
        IsCsv(path) ? ReadCsvAsync(path, typedColumns, cancellationToken) : ReadJsonLinesAsync(path, cancellationToken);

    private static async IAsyncEnumerable<FileLine> ReadJsonLinesAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        var lineNumber = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            JsonNode? node;
            string? error = null;
            try
            {
                node = JsonNode.Parse(line, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false });
            }
            catch (JsonException e)
            {
                node = null;
                error = $"malformed JSON at position {e.BytePositionInLine + 1}";
            }

            yield return new FileLine(lineNumber, node, error);
        }
    }

    private static async IAsyncEnumerable<FileLine> ReadCsvAsync(
        string path, IReadOnlyDictionary<string, JsonValueKind> typedColumns, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null });
        if (!await csv.ReadAsync())
        {
            yield break;
        }

        var header = csv.Record ?? [];
        while (await csv.ReadAsync())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var row = csv.Record ?? [];
            // RawRow is where the record ends; a quoted cell may span lines, and users look for where it starts.
            var line = csv.RawRow - csv.RawRecord.TrimEnd('\r', '\n').Count(c => c == '\n');
            if (row.Length == 1 && row[0].Length == 0)
            {
                continue;
            }

            if (row.Length != header.Length)
            {
                yield return new FileLine(line, null, $"expected {header.Length} columns as in the header, got {row.Length}");
                continue;
            }

            var record = new JsonObject();
            string? error = null;
            for (var i = 0; i < header.Length && error is null; i++)
            {
                if (row[i].Length > 0)
                {
                    error = Place(record, header[i].Trim(), row[i], typedColumns);
                }
            }

            yield return error is null ? new FileLine(line, record, null) : new FileLine(line, null, error);
        }
    }

    private static string? Place(JsonObject record, string column, string cell, IReadOnlyDictionary<string, JsonValueKind> typedColumns)
    {
        JsonNode value;
        switch (typedColumns.GetValueOrDefault(column))
        {
            case JsonValueKind.Number when long.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole):
                value = JsonValue.Create(whole);
                break;
            case JsonValueKind.Number when double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var real):
                value = JsonValue.Create(real);
                break;
            case JsonValueKind.Number:
                return $"{column}: expected a number, got '{cell}'";
            case JsonValueKind.True when bool.TryParse(cell, out var flag):
                value = JsonValue.Create(flag);
                break;
            case JsonValueKind.True:
                return $"{column}: expected true or false, got '{cell}'";
            default:
                value = JsonValue.Create(cell);
                break;
        }

        var parts = column.Split('.', 2);
        if (parts.Length == 1)
        {
            record[column] = value;
            return null;
        }

        if (record[parts[0]] is not JsonObject parent)
        {
            if (record.ContainsKey(parts[0]))
            {
                return $"{column}: column '{parts[0]}' is also given as a plain value";
            }

            parent = [];
            record[parts[0]] = parent;
        }

        parent[parts[1]] = value;
        return null;
    }
}
