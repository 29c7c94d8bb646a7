using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ekko.Server.Api;

/// <summary>
/// Reads request bodies as JSON trees so that every field can be checked and named in the error (the
/// framework's binder stops at the first problem and cannot say "items[3].score").
/// </summary>
internal static class JsonBody
{
    /// <summary>A name given twice in one object is refused: which of the two values was meant cannot be known.</summary>
    public static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false };

    /// <summary>A body that must be one JSON object with a fixed set of small fields, read by the endpoint itself.</summary>
    public static async Task<(Core.Formats.RecordReader? Reader, IResult? Problem)> ReadObjectAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (body, problem) = await ReadAsync(request, cancellationToken);
        if (problem is not null)
        {
            return (null, problem);
        }

        var reader = Core.Formats.RecordReader.For(body, out var notAnObject);
        return reader is null ? (null, Problems.Validation([notAnObject!])) : (reader, null);
    }

    public static async Task<(JsonNode? Body, IResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return (null, Results.Problem(
                title: "Unsupported media type",
                detail: $"Send the body as application/json (got '{request.ContentType ?? "no content type"}').",
                statusCode: StatusCodes.Status415UnsupportedMediaType));
        }

        try
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, cancellationToken);
            var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
            // The JSON parser checks the structure; strings are only decoded when read, so check their bytes here.
            if (!System.Text.Unicode.Utf8.IsValid(bytes.Span))
            {
                return (null, Problems.Field("body", "is not valid UTF-8"));
            }

            var node = JsonNode.Parse(bytes.Span, documentOptions: Strict);
            return node is null ? (null, Problems.Field("body", "expected a JSON value, got null")) : (node, null);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, Results.Problem(
                title: "Request body too large",
                detail: "The body is larger than the server accepts (30 MB by default); send fewer records per batch, or import the file with 'ekko import'.",
                statusCode: StatusCodes.Status413PayloadTooLarge));
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}, position {e.BytePositionInLine + 1}" : "";
            return (null, Problems.Field("body", $"malformed JSON{where}"));
        }
    }

    /// <summary>A batch body: <c>{"items": [ ... ]}</c> with 1 to <paramref name="maxItems"/> items.</summary>
    public static async Task<(JsonArray? Items, IResult? Problem)> ReadBatchAsync(HttpRequest request, int maxItems, CancellationToken cancellationToken)
    {
        var (body, problem) = await ReadAsync(request, cancellationToken);
        if (problem is not null)
        {
            return (null, problem);
        }

        if (body is not JsonObject obj || obj["items"] is not JsonArray items)
        {
            return (null, Problems.Field("items", "expected a body of the form {\"items\": [ ... ]}"));
        }

        if (items.Count == 0)
        {
            return (null, Problems.Field("items", "must hold at least one item"));
        }

        if (items.Count > maxItems)
        {
            return (null, Problems.Field("items", $"must hold at most {maxItems} items per request, got {items.Count}; split the batch or use 'ekko import'"));
        }

        var unknown = obj.Select(p => p.Key).Where(k => k != "items").ToList();
        return unknown.Count > 0
            ? (null, Problems.Field(unknown[0], "is not a field of a batch; put the records in 'items'"))
            : (items, null);
    }
}
