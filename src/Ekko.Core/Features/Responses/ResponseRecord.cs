using System.Text.Json.Nodes;
using Ekko.Analytics;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Responses;

/// <summary>A survey answer in the public <c>responses</c> format.</summary>
public sealed record ResponseRecord(
    string Id,
    string Survey,
    string? CustomerId,
    string? Touchpoint,
    string? Channel,
    DateTimeOffset SubmittedAt,
    string? Language,
    Metric? Metric,
    int? Score,
    string? Comment,
    JsonObject Answers,
    JsonObject Attributes)
{
    public const int MaxCommentLength = 10_000;

    public static ParseResult<ResponseRecord> Parse(JsonNode? node)
    {
        var reader = RecordReader.For(node, out var notAnObject);
        if (reader is null)
        {
            return new ParseResult<ResponseRecord>(null, [notAnObject!]);
        }

        var id = reader.RequiredString("id", 200);
        var survey = reader.RequiredKey("survey", 100);
        var customerId = reader.OptionalString("customer_id", 200);
        var touchpoint = reader.OptionalKey("touchpoint");
        var channel = reader.OptionalKey("channel");
        var submittedAt = reader.RequiredTimestamp("submitted_at");
        var language = reader.OptionalLanguage("language");
        var metric = ReadMetric(reader);
        var score = reader.OptionalInteger("score");
        var comment = reader.OptionalString("comment", MaxCommentLength);
        var answers = reader.OptionalObject("answers")?.DeepClone().AsObject() ?? [];
        var attributes = reader.FlatObject("attributes");
        reader.KeepUnknownFieldsIn(attributes, "attributes");

        if (metric is { } m && score is { } s)
        {
            var (min, max) = m.ScaleOf();
            if (s < min || s > max)
            {
                reader.AddError("score", $"must be {min}-{max} for metric {m.ToString().ToLowerInvariant()}, got {s}");
            }
        }
        else if (metric is not null && score is null && !reader.Errors.Any(e => e.Field == "score"))
        {
            reader.AddError("score", $"is required when metric is {metric.Value.ToString().ToLowerInvariant()}");
        }
        else if (metric is null && score is not null && !reader.Errors.Any(e => e.Field == "metric"))
        {
            reader.AddError("metric", "is required when a score is given: one of nps, csat, ces");
        }

        return reader.Errors.Count > 0
            ? new ParseResult<ResponseRecord>(null, reader.Errors)
            : new ParseResult<ResponseRecord>(
                new ResponseRecord(id, survey, customerId, touchpoint, channel, submittedAt, language, metric, score, comment, answers, attributes), []);
    }

    private static Metric? ReadMetric(RecordReader reader)
    {
        var text = reader.OptionalString("metric", 16);
        if (text is null)
        {
            return null;
        }

        if (Enum.TryParse<Metric>(text, ignoreCase: true, out var metric) && !int.TryParse(text, out _))
        {
            return metric;
        }

        reader.AddError("metric", $"expected one of nps, csat, ces, got '{text}'");
        return null;
    }
}
