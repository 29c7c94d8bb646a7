using System.Text.Json.Nodes;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Integrations;

/// <summary>The fields of a subscription body: <c>{"url", "events": [...], "format"?: "json"|"slack", "active"?}</c>.</summary>
internal sealed record WebhookInput(string? Url, IReadOnlyList<string>? Events, WebhookFormat? Format, bool? Active)
{
    public static WebhookInput Read(RecordReader reader, JsonNode? body, bool partial)
    {
        string? url = null;
        if (reader.Has("url") || !partial)
        {
            url = reader.RequiredString("url", 2000);
            if (url.Length > 0 && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || uri.UserInfo.Length > 0))
            {
                reader.AddError("url", "expected an absolute http(s) URL without user name or password");
            }
        }

        List<string>? events = null;
        if (reader.Has("events") || !partial)
        {
            if (body?["events"] is JsonArray array && array.Count > 0 && array.All(e => e is JsonValue v && v.TryGetValue<string>(out _)))
            {
                events = [.. array.Select(e => e!.GetValue<string>()).Distinct(StringComparer.Ordinal)];
                foreach (var unknown in events.Where(e => !WebhookEvents.All.Contains(e)))
                {
                    reader.AddError("events", $"unknown event '{unknown}'; expected any of {string.Join(", ", WebhookEvents.All)}");
                }
            }
            else
            {
                reader.AddError("events", $"expected a non-empty array of event types: {string.Join(", ", WebhookEvents.All)}");
            }
        }

        WebhookFormat? format = reader.Has("format") ? reader.RequiredEnum<WebhookFormat>("format") : null;
        var active = reader.OptionalBoolean("active");
        reader.RejectUnknownFields();
        return new WebhookInput(url, events, format, active);
    }
}
