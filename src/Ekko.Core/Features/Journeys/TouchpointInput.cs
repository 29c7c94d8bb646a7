using System.Text.Json.Nodes;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Journeys;

/// <summary>The body of a touchpoint create or update.</summary>
public sealed record TouchpointInput(string Key, string Name, JourneyPhase Stage, TouchpointCategory Category, string? Channel, string? Description)
{
    public static ParseResult<TouchpointInput> Parse(JsonNode? node)
    {
        var reader = RecordReader.For(node, out var notAnObject);
        if (reader is null)
        {
            return new ParseResult<TouchpointInput>(null, [notAnObject!]);
        }

        var key = reader.RequiredKey("key");
        var name = reader.RequiredString("name", 200);
        var stage = reader.RequiredEnum<JourneyPhase>("stage");
        var category = reader.RequiredEnum<TouchpointCategory>("category");
        var channel = reader.OptionalKey("channel");
        var description = reader.OptionalString("description", 2000);
        reader.RejectUnknownFields();
        return reader.Errors.Count > 0
            ? new ParseResult<TouchpointInput>(null, reader.Errors)
            : new ParseResult<TouchpointInput>(new TouchpointInput(key, name, stage, category, channel, description), []);
    }
}
