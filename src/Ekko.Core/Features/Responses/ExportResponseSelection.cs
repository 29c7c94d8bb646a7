using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Responses;

/// <summary>
/// The responses an explorer view shows, as a table for a spreadsheet: the same filters as <see cref="ListResponses"/>
/// (so the file holds exactly what was on screen, redacted the same way), the comment's analysis as columns, and
/// one column per attribute. Rows stream page by page; the header is known before the first row.
/// </summary>
public sealed class ExportResponseSelection(ListResponses list)
{
    /// <summary>A spreadsheet cannot hold more rows than this (Excel's limit less the header); larger selections are cut and say so.</summary>
    public const int MaxRows = 1_048_575;

    public static readonly IReadOnlyList<string> FixedColumns =
    [
        "id", "submitted_at", "survey", "touchpoint", "channel", "language", "customer_id", "metric", "score", "comment",
        "sentiment", "sentiment_score", "themes",
    ];

    /// <summary>The attribute columns are the attributes of the first rows' page: a spreadsheet needs its header first.</summary>
    public async Task<(IReadOnlyList<string> Columns, IAsyncEnumerable<IReadOnlyList<string?>> Rows)> HandleAsync(ListResponsesQuery query, CancellationToken cancellationToken)
    {
        var first = await list.HandleAsync(query with { After = null, Limit = ListResponses.MaxLimit }, cancellationToken);
        var attributes = first.Items.SelectMany(i => (i["attributes"] as JsonObject)?.Select(a => a.Key) ?? [])
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        IReadOnlyList<string> columns = [.. FixedColumns, .. attributes.Select(a => "attributes." + a)];
        return (columns, RowsAsync(query, first, attributes, cancellationToken));
    }

    private async IAsyncEnumerable<IReadOnlyList<string?>> RowsAsync(
        ListResponsesQuery query, Page<JsonObject> page, List<string> attributes, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var written = 0;
        while (true)
        {
            foreach (var item in page.Items)
            {
                if (written++ == MaxRows)
                {
                    yield break;
                }

                yield return Row(item, attributes);
            }

            if (page.NextCursor is null)
            {
                yield break;
            }

            page = await list.HandleAsync(query with { After = page.NextCursor, Limit = ListResponses.MaxLimit }, cancellationToken);
        }
    }

    private static string?[] Row(JsonObject item, List<string> attributes)
    {
        var analysis = item["analysis"] as JsonObject;
        var themes = (analysis?["themes"] as JsonArray)?.Select(t => (string?)t?["id"]).Where(t => t is not null) ?? [];
        var values = new List<string?>
        {
            Text(item["id"]), Text(item["submitted_at"]), Text(item["survey"]), Text(item["touchpoint"]), Text(item["channel"]),
            Text(item["language"]), Text(item["customer_id"]), Text(item["metric"]), Text(item["score"]), Text(item["comment"]),
            Text(analysis?["sentiment"]?["label"]), Text(analysis?["sentiment"]?["score"]), string.Join(";", themes),
        };
        var own = item["attributes"] as JsonObject;
        values.AddRange(attributes.Select(a => Text(own?[a])));
        return [.. values];
    }

    private static string? Text(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var s) => s,
        JsonValue value when value.TryGetValue<DateTimeOffset>(out var t) => t.ToString("O", CultureInfo.InvariantCulture),
        JsonValue value when value.TryGetValue<int>(out var i) => i.ToString(CultureInfo.InvariantCulture),
        JsonValue value when value.TryGetValue<long>(out var l) => l.ToString(CultureInfo.InvariantCulture),
        JsonValue value when value.TryGetValue<double>(out var d) => d.ToString("R", CultureInfo.InvariantCulture),
        _ => node.ToJsonString(),
    };
}
