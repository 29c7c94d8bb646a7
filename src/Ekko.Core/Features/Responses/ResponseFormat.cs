using System.Text.Json;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Responses;

public static class ResponseFormat
{
    public static readonly RecordKind<ResponseRecord> Kind = new(
        "responses", ResponseRecord.Parse, r => r.Id, r => r.Touchpoint,
        new Dictionary<string, JsonValueKind> { ["score"] = JsonValueKind.Number });

    public static readonly IReadOnlyList<string> CsvColumns =
        ["id", "survey", "customer_id", "touchpoint", "channel", "submitted_at", "language", "metric", "score", "comment"];
}
