using System.Text.Json.Nodes;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Journeys;

/// <summary>The body of a journey create or replace: <c>{"key", "name", "stages": [{"name", "touchpoints": ["key", ...]}]}</c>.</summary>
public sealed record JourneyInput(string Key, string Name, string? Description, IReadOnlyList<JourneyStageInput> Stages)
{
    public const int MaxStages = 30;

    public static ParseResult<JourneyInput> Parse(JsonNode? node)
    {
        var reader = RecordReader.For(node, out var notAnObject);
        if (reader is null)
        {
            return new ParseResult<JourneyInput>(null, [notAnObject!]);
        }

        var key = reader.RequiredKey("key");
        var name = reader.RequiredString("name", 200);
        var description = reader.OptionalString("description", 2000);
        var stages = new List<JourneyStageInput>();
        reader.Has("stages");
        switch (node!["stages"])
        {
            case null:
                reader.AddError("stages", "is required: an array of {\"name\", \"touchpoints\": [keys]}");
                break;
            case JsonArray array when array.Count > MaxStages:
                reader.AddError("stages", $"must have at most {MaxStages} stages, got {array.Count}");
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var stage = ParseStage(array[i], $"stages[{i}]", reader);
                    if (stage is not null)
                    {
                        stages.Add(stage);
                    }
                }

                break;
            default:
                reader.AddError("stages", $"expected an array, got {RecordReader.Describe(node["stages"])}");
                break;
        }

        reader.RejectUnknownFields();
        return reader.Errors.Count > 0
            ? new ParseResult<JourneyInput>(null, reader.Errors)
            : new ParseResult<JourneyInput>(new JourneyInput(key, name, description, stages), []);
    }

    private static JourneyStageInput? ParseStage(JsonNode? node, string path, RecordReader parent)
    {
        var reader = RecordReader.For(node, out var notAnObject);
        if (reader is null)
        {
            parent.AddError(path, notAnObject!.Message);
            return null;
        }

        var name = reader.RequiredString("name", 200);
        var touchpoints = new List<string>();
        reader.Has("touchpoints");
        if (node!["touchpoints"] is JsonArray keys)
        {
            for (var i = 0; i < keys.Count; i++)
            {
                if (keys[i] is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String)
                {
                    touchpoints.Add(v.GetValue<string>());
                }
                else
                {
                    reader.AddError($"touchpoints[{i}]", $"expected a touchpoint key, got {RecordReader.Describe(keys[i])}");
                }
            }
        }
        else if (node["touchpoints"] is not null)
        {
            reader.AddError("touchpoints", $"expected an array of touchpoint keys, got {RecordReader.Describe(node["touchpoints"])}");
        }

        reader.RejectUnknownFields();
        foreach (var error in reader.Errors)
        {
            parent.AddError($"{path}.{error.Field}", error.Message);
        }

        return reader.Errors.Count > 0 ? null : new JourneyStageInput(name, touchpoints);
    }
}

public sealed record JourneyStageInput(string Name, IReadOnlyList<string> Touchpoints);
