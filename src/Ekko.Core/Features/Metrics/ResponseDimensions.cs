using System.Text.Json;
using Ekko.Analytics;
using Ekko.Analytics.Columnar;
using Ekko.Core.Features.Responses;

namespace Ekko.Core.Features.Metrics;

/// <summary>
/// The dimensions a response can be grouped and filtered by (docs/formats.md): touchpoint, channel, language,
/// survey, and each key of its attributes by its bare name (campaign, segment, region ...). An attribute named
/// like a built-in dimension is shadowed by it. Customers' attributes are <c>customer.NAME</c>.
/// </summary>
public static class ResponseDimensions
{
    public const string Touchpoint = "touchpoint";
    public const string Channel = "channel";
    public const string Language = "language";
    public const string Survey = "survey";

    public static readonly IReadOnlySet<string> BuiltIn = new HashSet<string>(StringComparer.Ordinal) { Touchpoint, Channel, Language, Survey };

    /// <summary>Every dimension a query on this index may name: the built-in ones and all the index has seen, in name order.</summary>
    public static SortedSet<string> KnownIn(ResponseIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        return new SortedSet<string>(index.Dimensions.Concat(BuiltIn), StringComparer.Ordinal);
    }

    /// <summary>
    /// Filters as a person names them: <c>segment</c> means the response's own segment attribute when answers
    /// carry one, else the customer's (<c>customer.segment</c>), whichever this workspace records.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyCollection<string>> ResolveSegment(
        ResponseIndex index, IReadOnlyDictionary<string, IReadOnlyCollection<string>> filters)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(filters);
        const string segment = "segment";
        if (!filters.ContainsKey(segment) || index.Dimensions.Contains(segment) || !index.Dimensions.Contains(ResponseIndex.CustomerPrefix + segment))
        {
            return filters;
        }

        return filters.ToDictionary(f => f.Key == segment ? ResponseIndex.CustomerPrefix + segment : f.Key, f => f.Value, StringComparer.Ordinal);
    }

    public static IndexedResponse ToIndexed(
        Metric metric, int score, DateOnly day, string? customer, string? touchpoint, string? channel, string? language, string survey, string? attributesJson)
    {
        var dimensions = new List<KeyValuePair<string, string?>>(8)
        {
            new(Touchpoint, touchpoint), new(Channel, channel), new(Language, language), new(Survey, survey),
        };
        foreach (var (name, value) in Attributes(attributesJson))
        {
            if (!BuiltIn.Contains(name))
            {
                dimensions.Add(new(name, value));
            }
        }

        return new IndexedResponse(metric, day, score, customer, dimensions);
    }

    /// <summary>A scored response of the public format as the index stores it; null when it has no score.</summary>
    public static IndexedResponse? ToIndexed(ResponseRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record is { Metric: { } metric, Score: { } score }
            ? ToIndexed(metric, score, DateOnly.FromDateTime(record.SubmittedAt.UtcDateTime), record.CustomerId, record.Touchpoint,
                record.Channel, record.Language, record.Survey, record.Attributes.ToJsonString())
            : null;
    }

    /// <summary>The scalar members of a JSON object as text (numbers as written, true/false); nested values are not dimensions.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> Attributes(string? json)
    {
        if (string.IsNullOrEmpty(json) || json == "{}")
        {
            yield break;
        }

        using var document = JsonDocument.Parse(json);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            var value = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.Number => property.Value.GetRawText(),
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                _ => null,
            };
            if (value is not null)
            {
                yield return new(property.Name, value);
            }
        }
    }

    /// <summary>The customer's key in the index: its internal id, which erasure records can name without personal data.</summary>
    public static string CustomerKey(Guid customerId) => customerId.ToString("N");
}
