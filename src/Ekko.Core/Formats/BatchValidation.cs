using System.Text.Json.Nodes;
using Ekko.Core.Features.Journeys;

namespace Ekko.Core.Formats;

/// <summary>
/// Validates every record of a batch before anything is written: each record's fields, ids unique within
/// the batch and touchpoints that exist. Errors carry the item's path (<c>items[3].score</c>).
/// </summary>
internal static class BatchValidation
{
    public static (List<T> Records, List<FieldError> Errors) Validate<T>(
        IReadOnlyList<JsonNode?> items,
        string itemPath,
        Func<JsonNode?, ParseResult<T>> parse,
        Func<T, string> idOf,
        Func<T, string?> touchpointOf,
        IReadOnlyDictionary<string, Guid> touchpoints)
        where T : class
    {
        var errors = new List<FieldError>();
        var records = new List<T>(items.Count);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);

        for (var i = 0; i < items.Count; i++)
        {
            var path = itemPath.Length == 0 ? "" : $"{itemPath}[{i}]";
            var parsed = parse(items[i]);
            errors.AddRange(parsed.Errors.Select(e => Located(e, path)));
            if (parsed.Value is not { } record)
            {
                continue;
            }

            var id = idOf(record);
            if (!seen.TryAdd(id, i))
            {
                errors.Add(Located(new FieldError("id", $"'{id}' appears twice in this batch (also at {itemPath}[{seen[id]}])"), path));
            }

            if (touchpointOf(record) is { } key && !touchpoints.ContainsKey(key))
            {
                errors.Add(Located(TouchpointKeys.Unknown(key), path));
            }

            records.Add(record);
        }

        return (records, errors);
    }

    private static FieldError Located(FieldError error, string path) => path.Length == 0 ? error : error.Under(path);
}
