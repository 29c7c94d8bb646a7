using System.Text.Json.Nodes;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Interactions;

/// <summary>An event at a touchpoint in the public <c>interactions</c> format.</summary>
public sealed record InteractionRecord(
    string Id,
    string? CustomerId,
    string Type,
    string? Touchpoint,
    string? Channel,
    DateTimeOffset OccurredAt,
    JsonObject Properties)
{
    public static ParseResult<InteractionRecord> Parse(JsonNode? node)
    {
        var reader = RecordReader.For(node, out var notAnObject);
        if (reader is null)
        {
            return new ParseResult<InteractionRecord>(null, [notAnObject!]);
        }

        var id = reader.RequiredString("id", 200);
        var customerId = reader.OptionalString("customer_id", 200);
        var type = reader.RequiredKey("type", 100);
        var touchpoint = reader.OptionalKey("touchpoint");
        var channel = reader.OptionalKey("channel");
        var occurredAt = reader.RequiredTimestamp("occurred_at");
        var properties = reader.FlatObject("properties");
        reader.KeepUnknownFieldsIn(properties, "properties");

        return reader.Errors.Count > 0
            ? new ParseResult<InteractionRecord>(null, reader.Errors)
            : new ParseResult<InteractionRecord>(new InteractionRecord(id, customerId, type, touchpoint, channel, occurredAt, properties), []);
    }
}
