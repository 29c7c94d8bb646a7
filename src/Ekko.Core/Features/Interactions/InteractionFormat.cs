using System.Text.Json;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Interactions;

public static class InteractionFormat
{
    public static readonly RecordKind<InteractionRecord> Kind = new(
        "interactions", InteractionRecord.Parse, r => r.Id, r => r.Touchpoint, new Dictionary<string, JsonValueKind>());

    public static readonly IReadOnlyList<string> CsvColumns = ["id", "customer_id", "type", "touchpoint", "channel", "occurred_at"];
}
