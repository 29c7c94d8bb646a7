using System.Globalization;
using System.Text.Json.Nodes;
using CsvHelper;

namespace Ekko.Core.Formats;

/// <summary>
/// Writes records in the public formats as JSON Lines or CSV. CSV flattens nested objects into dotted
/// columns (<c>attributes.region</c>); since the columns are only known at the end, CSV rows are buffered.
/// </summary>
public sealed class RecordFileWriter(TextWriter output, bool csv, IReadOnlyList<string> leadingColumns) : IAsyncDisposable
{
    private readonly List<Dictionary<string, string>> rows = [];
    private readonly List<string> columns = [.. leadingColumns];
    private readonly HashSet<string> known = new(leadingColumns, StringComparer.Ordinal);

    public async Task WriteAsync(JsonObject record, CancellationToken cancellationToken)
    {
        if (!csv)
        {
            await output.WriteLineAsync(record.ToJsonString(EkkoJson.Options).AsMemory(), cancellationToken);
            return;
        }

        var row = new Dictionary<string, string>(StringComparer.Ordinal);
        Flatten(record, "", row);
        foreach (var column in row.Keys.Where(known.Add))
        {
            columns.Add(column);
        }

        rows.Add(row);
    }

    public async ValueTask DisposeAsync()
    {
        if (csv)
        {
            await using var writer = new CsvWriter(output, CultureInfo.InvariantCulture, leaveOpen: true);
            foreach (var column in columns)
            {
                writer.WriteField(column);
            }

            await writer.NextRecordAsync();
            foreach (var row in rows)
            {
                foreach (var column in columns)
                {
                    writer.WriteField(row.GetValueOrDefault(column, ""));
                }

                await writer.NextRecordAsync();
            }
        }

        await output.FlushAsync();
    }

    private static void Flatten(JsonObject obj, string prefix, Dictionary<string, string> row)
    {
        foreach (var (key, value) in obj)
        {
            var name = prefix + key;
            switch (value)
            {
                case null:
                    break;
                case JsonObject nested:
                    Flatten(nested, name + ".", row);
                    break;
                case JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String:
                    row[name] = v.GetValue<string>();
                    break;
                default:
                    row[name] = value.ToJsonString();
                    break;
            }
        }
    }
}
