using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Ekko.Core.Formats;

/// <summary>
/// Reads the fields of one JSON object of a public format (docs/formats.md), collecting a clear error per bad
/// field instead of stopping at the first. Fields the format does not know are handed back by
/// <see cref="UnknownFields"/> so callers can keep them in attributes/properties rather than drop them.
/// </summary>
public sealed partial class RecordReader
{
    private readonly JsonObject record;
    private readonly HashSet<string> readFields = new(StringComparer.Ordinal);
    private readonly List<FieldError> errors = [];

    private RecordReader(JsonObject record) => this.record = record;

    public IReadOnlyList<FieldError> Errors => errors;

    /// <summary>
    /// The body with <paramref name="field"/> set to <paramref name="value"/> when the body leaves it out:
    /// a PUT to <c>/touchpoints/{key}</c> need not repeat the key (and may not change it).
    /// </summary>
    public static JsonNode? WithDefault(JsonNode? body, string field, string value)
    {
        if (body is not JsonObject obj || obj.ContainsKey(field))
        {
            return body;
        }

        var copy = (JsonObject)obj.DeepClone();
        copy[field] = value;
        return copy;
    }

    public static RecordReader? For(JsonNode? node, out FieldError? error)
    {
        if (node is JsonObject obj)
        {
            error = null;
            return new RecordReader(obj);
        }

        error = new FieldError("", $"expected a JSON object, got {Describe(node)}");
        return null;
    }

    /// <summary>
    /// The string of a JSON string value, or false when it is not one or cannot be decoded: System.Text.Json accepts an
    /// escaped lone surrogate ("\uD800") while parsing and only throws when the string is read.
    /// </summary>
    public static bool TryGetString(JsonNode? node, out string text)
    {
        text = "";
        if (node is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
        {
            return false;
        }

        try
        {
            text = value.GetValue<string>();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    public bool Has(string field)
    {
        readFields.Add(field);
        return record.ContainsKey(field);
    }

    public void AddError(string field, string message) => errors.Add(new FieldError(field, message));

    public string RequiredString(string field, int maxLength)
    {
        return Required(field, OptionalString(field, maxLength)) ?? "";
    }

    /// <summary>A missing value is "required", unless the field already has a more precise error (wrong type, too long).</summary>
    private T? Required<T>(string field, T? value)
    {
        if (value is null && !errors.Any(e => e.Field == field))
        {
            AddError(field, "is required");
        }

        return value;
    }

    public string? OptionalString(string field, int maxLength)
    {
        var node = Read(field);
        if (node is null)
        {
            return null;
        }

        if (node is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
        {
            AddError(field, $"expected a string, got {Describe(node)}");
            return null;
        }

        if (!TryGetString(value, out var text))
        {
            AddError(field, "is not valid text: it holds an unpaired UTF-16 surrogate escape (\\uD800-\\uDFFF)");
            return null;
        }

        text = text.Trim();
        if (text.Length == 0)
        {
            AddError(field, "must not be empty");
            return null;
        }

        if (text.Length > maxLength)
        {
            AddError(field, $"must be at most {maxLength} characters, got {text.Length}");
            return null;
        }

        return text;
    }

    /// <summary>A slug such as a touchpoint or survey key: lower-case letters, digits, '-', '_' and '.'.</summary>
    public string? OptionalKey(string field, int maxLength = 64)
    {
        var text = OptionalString(field, maxLength);
        if (text is not null && !KeyPattern().IsMatch(text))
        {
            AddError(field, $"expected a key of lower-case letters, digits, '-', '_' or '.', got '{text}'");
            return null;
        }

        return text;
    }

    public string RequiredKey(string field, int maxLength = 64)
    {
        return Required(field, OptionalKey(field, maxLength)) ?? "";
    }

    /// <summary>An ISO 639-1 language code, optionally with a region (<c>sv</c>, <c>nb</c>, <c>en-GB</c>); returned lower-case.</summary>
    public string? OptionalLanguage(string field)
    {
        var text = OptionalString(field, 8);
        if (text is not null && !LanguagePattern().IsMatch(text))
        {
            AddError(field, $"expected a language code such as 'sv', 'nb', 'da' or 'en', got '{text}'");
            return null;
        }

        return text?.ToLowerInvariant();
    }

    public int? OptionalInteger(string field)
    {
        var node = Read(field);
        if (node is null)
        {
            return null;
        }

        // The JSON text, not the CLR value: a JsonValue may hold an int, a long or a JsonElement depending on its source.
        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.Number)
        {
            var text = value.ToJsonString();
            if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }

            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && real == Math.Floor(real) && real is >= int.MinValue and <= int.MaxValue)
            {
                return (int)real;
            }
        }

        AddError(field, $"expected an integer, got {Describe(node)}");
        return null;
    }

    public bool? OptionalBoolean(string field)
    {
        var node = Read(field);
        if (node is null)
        {
            return null;
        }

        if (node is JsonValue value && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetValue<bool>();
        }

        AddError(field, $"expected true or false, got {Describe(node)}");
        return null;
    }

    /// <summary>An ISO 8601 timestamp with an offset or Z; returned in UTC. A time without offset is ambiguous and refused.</summary>
    public DateTimeOffset? OptionalTimestamp(string field)
    {
        var node = Read(field);
        if (node is null)
        {
            return null;
        }

        if (TryGetString(node, out var raw))
        {
            var text = raw.Trim();
            if (HasOffset(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            {
                return time.ToUniversalTime();
            }
        }

        AddError(field, $"expected an ISO 8601 date-time with offset, such as 2026-03-01T10:15:00Z or 2026-03-01T10:15:00+01:00, got {Describe(node)}");
        return null;
    }

    public DateTimeOffset RequiredTimestamp(string field)
    {
        return Required(field, OptionalTimestamp(field)) ?? default;
    }

    public JsonObject? OptionalObject(string field)
    {
        var node = Read(field);
        if (node is null)
        {
            return null;
        }

        if (node is JsonObject obj)
        {
            return obj;
        }

        AddError(field, $"expected a JSON object, got {Describe(node)}");
        return null;
    }

    /// <summary>
    /// An object whose values are dimensions: strings, numbers, booleans or null, under keys that work as
    /// dimension names. Nested objects and arrays are refused because nothing could group by them.
    /// </summary>
    public JsonObject FlatObject(string field)
    {
        var obj = OptionalObject(field);
        var result = new JsonObject();
        if (obj is null)
        {
            return result;
        }

        foreach (var (key, value) in obj)
        {
            if (!AttributeKeyPattern().IsMatch(key))
            {
                AddError($"{field}.{key}", "attribute names are 1-64 letters, digits, '_', '-' or '.'");
            }
            else if (value is JsonObject or JsonArray)
            {
                AddError($"{field}.{key}", $"expected a string, number, boolean or null, got {Describe(value)}");
            }
            else if (value is JsonValue text && text.GetValueKind() == JsonValueKind.String && !TryGetString(text, out _))
            {
                // Stored as it came, it would break every later reader of the record (exports, metrics).
                AddError($"{field}.{key}", "is not valid text: it holds an unpaired UTF-16 surrogate escape (\\uD800-\\uDFFF)");
            }
            else
            {
                result[key] = value?.DeepClone();
            }
        }

        return result;
    }

    /// <summary>An enum given by its snake_case name (<c>before_purchase</c>).</summary>
    public TEnum RequiredEnum<TEnum>(string field)
        where TEnum : struct, Enum
    {
        var text = OptionalString(field, 64);
        if (text is not null && SnakeCaseNames<TEnum>().TryGetValue(text, out var value))
        {
            return value;
        }

        if (!errors.Any(e => e.Field == field))
        {
            AddError(field, text is null ? $"is required: one of {string.Join(", ", SnakeCaseNames<TEnum>().Keys)}"
                : $"expected one of {string.Join(", ", SnakeCaseNames<TEnum>().Keys)}, got '{text}'");
        }

        return default;
    }

    /// <summary>For request bodies with a fixed shape, where an unknown field is most likely a typo.</summary>
    public void RejectUnknownFields()
    {
        foreach (var (key, _) in UnknownFields().ToList())
        {
            AddError(key, "is not a field of this request");
        }
    }

    public static Dictionary<string, TEnum> SnakeCaseNames<TEnum>()
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().ToDictionary(v => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(v.ToString()), v => v, StringComparer.Ordinal);

    /// <summary>The fields this record has that no reader asked for, in input order.</summary>
    public IEnumerable<KeyValuePair<string, JsonNode?>> UnknownFields() =>
        record.Where(p => !readFields.Contains(p.Key));

    /// <summary>Keeps unknown top-level fields in <paramref name="target"/> (attributes/properties) instead of dropping them.</summary>
    public void KeepUnknownFieldsIn(JsonObject target, string targetName)
    {
        foreach (var (key, value) in UnknownFields().ToList())
        {
            if (target.ContainsKey(key))
            {
                AddError(key, $"is given both as a field and as {targetName}.{key}");
            }
            else if (value is JsonObject or JsonArray || !AttributeKeyPattern().IsMatch(key))
            {
                AddError(key, $"is not a field of this format and cannot be kept in {targetName} (only flat values under simple names can)");
            }
            else
            {
                target[key] = value?.DeepClone();
            }
        }
    }

    private JsonNode? Read(string field)
    {
        readFields.Add(field);
        return record.TryGetPropertyValue(field, out var node) ? node : null;
    }

    private static bool HasOffset(string text)
    {
        var timeStart = text.IndexOf('T', StringComparison.OrdinalIgnoreCase);
        if (timeStart < 0)
        {
            return false;
        }

        var time = text[timeStart..];
        return time.EndsWith('Z') || time.EndsWith('z') || time.Contains('+', StringComparison.Ordinal) || time.Contains('-', StringComparison.Ordinal);
    }

    internal static string Describe(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "an object",
        JsonArray => "an array",
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => TryGetString(v, out var text) ? $"the string \"{Shorten(text)}\"" : "a string that is not valid text",
            JsonValueKind.Number => $"the number {v.ToJsonString()}",
            JsonValueKind.True or JsonValueKind.False => $"the boolean {v.ToJsonString()}",
            _ => v.ToJsonString(),
        },
        _ => "an unknown value",
    };

    public static bool IsLanguageCode(string text) => LanguagePattern().IsMatch(text);

    public static bool IsKey(string text) => text.Length <= 64 && KeyPattern().IsMatch(text);

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]*$")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,4})?$")]
    private static partial Regex LanguagePattern();

    [GeneratedRegex("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$")]
    private static partial Regex AttributeKeyPattern();
}
