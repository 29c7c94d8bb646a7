using System.Text.Json;
using System.Text.Json.Nodes;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Mentions;

public static class MentionFormat
{
    public static readonly RecordKind<MentionRecord> Kind = new(
        "mentions", MentionRecord.Parse, m => m.Id, _ => null, new Dictionary<string, JsonValueKind>());

    /// <summary>A stored mention in the public format.</summary>
    public static JsonObject ToJson(Mention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        var record = new MentionRecord(
            mention.ExternalId, mention.Source, mention.Author, mention.Text, mention.Url, mention.PublishedAt, mention.Language, mention.Location,
            JsonSerializer.Deserialize<List<string>>(mention.Hashtags, EkkoJson.Options) ?? [], JsonNode.Parse(mention.Attributes)!.AsObject());
        return JsonSerializer.SerializeToNode(record, EkkoJson.Options)!.AsObject();
    }
}
