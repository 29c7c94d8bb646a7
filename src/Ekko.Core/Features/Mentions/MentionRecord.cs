using System.Text.Json;
using System.Text.Json.Nodes;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Mentions;

/// <summary>A social or forum post in the public <c>mentions</c> format.</summary>
public sealed record MentionRecord(
    string Id,
    string Source,
    string? Author,
    string Text,
    string? Url,
    DateTimeOffset PublishedAt,
    string? Language,
    string? Location,
    IReadOnlyList<string> Hashtags,
    JsonObject Attributes)
{
    public const int MaxIdLength = 500;
    public const int MaxSourceLength = 1000;
    public const int MaxTextLength = 20_000;
    public const int MaxUrlLength = 2000;
    public const int MaxHashtags = 50;
    public const int MaxHashtagLength = 100;

    public static ParseResult<MentionRecord> Parse(JsonNode? node)
    {
        var reader = RecordReader.For(node, out var notAnObject);
        if (reader is null)
        {
            return new ParseResult<MentionRecord>(null, [notAnObject!]);
        }

        var id = reader.RequiredString("id", MaxIdLength);
        var source = reader.RequiredString("source", MaxSourceLength);
        var author = reader.OptionalString("author", 200);
        var text = reader.RequiredString("text", MaxTextLength);
        var url = reader.OptionalString("url", MaxUrlLength);
        if (url is not null && !IsWebAddress(url))
        {
            reader.AddError("url", $"expected an absolute http(s) URL, got '{(url.Length > 60 ? url[..60] + "..." : url)}'");
        }

        var publishedAt = reader.RequiredTimestamp("published_at");
        var language = reader.OptionalLanguage("language");
        var location = reader.OptionalString("location", 200);
        var hashtags = ReadHashtags(reader, node!.AsObject());
        var attributes = reader.FlatObject("attributes");
        reader.KeepUnknownFieldsIn(attributes, "attributes");

        return reader.Errors.Count > 0
            ? new ParseResult<MentionRecord>(null, reader.Errors)
            : new ParseResult<MentionRecord>(new MentionRecord(id, source, author, text, url, publishedAt, language, location, hashtags, attributes), []);
    }

    public static bool IsWebAddress(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    /// <summary>
    /// An array of strings; a CSV file has no arrays, so a string is split at spaces and commas ("#nordvik #rea").
    /// Each tag is kept as written, with a leading '#' added where it lacks one, so filters and counts see one spelling.
    /// </summary>
    private static List<string> ReadHashtags(RecordReader reader, JsonObject record)
    {
        if (!reader.Has("hashtags") || record["hashtags"] is null)
        {
            return [];
        }

        var node = record["hashtags"];
        List<string?> raw;
        if (node is JsonArray array)
        {
            raw = [];
            for (var i = 0; i < array.Count; i++)
            {
                if (!RecordReader.TryGetString(array[i], out var tag))
                {
                    reader.AddError($"hashtags[{i}]", $"expected a string, got {RecordReader.Describe(array[i])}");
                    raw.Add(null); // keeps the positions of the others
                    continue;
                }

                raw.Add(tag);
            }
        }
        else if (RecordReader.TryGetString(node, out var list))
        {
            raw = [.. list.Split([' ', ',', '\t'], StringSplitOptions.RemoveEmptyEntries)];
        }
        else
        {
            reader.AddError("hashtags", $"expected an array of strings, got {RecordReader.Describe(node)}");
            return [];
        }

        if (raw.Count > MaxHashtags)
        {
            reader.AddError("hashtags", $"at most {MaxHashtags} hashtags, got {raw.Count}");
            return [];
        }

        var tags = new List<string>(raw.Count);
        for (var i = 0; i < raw.Count; i++)
        {
            if (raw[i] is null)
            {
                continue;
            }

            var tag = raw[i]!.Trim();
            if (tag.Length == 0 || tag == "#" || tag.Length > MaxHashtagLength || tag.Any(char.IsWhiteSpace))
            {
                reader.AddError($"hashtags[{i}]", $"expected a hashtag of 1-{MaxHashtagLength} characters without spaces, got {RecordReader.Describe(JsonValue.Create(raw[i]))}");
                continue;
            }

            tag = tag[0] == '#' ? tag : "#" + tag;
            if (!tags.Contains(tag, StringComparer.Ordinal))
            {
                tags.Add(tag);
            }
        }

        return tags;
    }

    internal string HashtagsJson() => JsonSerializer.Serialize(Hashtags, EkkoJson.Options);
}
