using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ekko.Core.Formats;

/// <summary>What the file import needs to know about one public format.</summary>
public sealed record RecordKind<T>(
    string Name,
    Func<JsonNode?, ParseResult<T>> Parse,
    Func<T, string> IdOf,
    Func<T, string?> TouchpointOf,
    IReadOnlyDictionary<string, JsonValueKind> TypedCsvColumns)
    where T : class;
