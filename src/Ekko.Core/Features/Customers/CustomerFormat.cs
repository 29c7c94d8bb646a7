using System.Text.Json;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Customers;

public static class CustomerFormat
{
    public static readonly RecordKind<CustomerRecord> Kind = new(
        "customers", CustomerRecord.Parse, r => r.Id, _ => null,
        new Dictionary<string, JsonValueKind> { ["consent.surveys"] = JsonValueKind.True, ["consent.marketing"] = JsonValueKind.True });

    public static readonly IReadOnlyList<string> CsvColumns = 
        ["id", "email", "phone", "name", "language", "consent.surveys", "consent.marketing", "created_at"];
}
