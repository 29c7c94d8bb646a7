using System.Text.Json;
using System.Text.Json.Nodes;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Responses;

public static class ResponseFormat
{
    public static readonly RecordKind<ResponseRecord> Kind = new(
        "responses", ResponseRecord.Parse, r => r.Id, r => r.Touchpoint,
        new Dictionary<string, JsonValueKind> { ["score"] = JsonValueKind.Number });

    /// <summary>A stored response in the public format, given its customer's and touchpoint's external keys.</summary>
    public static JsonObject ToJson(Response response, string? customerId, string? touchpoint)
    {
        ArgumentNullException.ThrowIfNull(response);
        var record = new ResponseRecord(
            response.ExternalId, response.Survey, customerId, touchpoint, response.Channel, response.SubmittedAt, response.Language,
            response.Metric, response.Score, response.Comment, JsonNode.Parse(response.Answers)!.AsObject(), JsonNode.Parse(response.Attributes)!.AsObject());
        return JsonSerializer.SerializeToNode(record, EkkoJson.Options)!.AsObject();
    }

    public static readonly IReadOnlyList<string> CsvColumns =
        ["id", "survey", "customer_id", "touchpoint", "channel", "submitted_at", "language", "metric", "score", "comment"];
}
