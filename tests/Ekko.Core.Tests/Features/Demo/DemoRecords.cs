using System.Globalization;
using System.Text.Json.Nodes;
using Ekko.Core.Features.Demo;

namespace Ekko.Core.Tests.Features.Demo;

/// <summary>The default demo data set, generated once for all tests, and the small readers and metrics they share.</summary>
internal static class DemoRecords
{
    private static readonly Lazy<DemoDataSet> Lazy = new(() => DemoRetailer.Generate());

    public static DemoDataSet Data => Lazy.Value;

    public static string Text(this JsonObject record, string field) => record[field]?.GetValue<string>() ?? "";

    public static string? Attribute(this JsonObject record, string name) => record["attributes"]?[name]?.GetValue<string>();

    public static string? Property(this JsonObject record, string name) => record["properties"]?[name]?.GetValue<string>();

    public static int Score(this JsonObject response) => response["score"]!.GetValue<int>();

    public static DateTimeOffset Time(this JsonObject record, string field) =>
        DateTimeOffset.Parse(record.Text(field), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).ToUniversalTime();

    public static DateOnly Day(this JsonObject record, string field) => DateOnly.FromDateTime(record.Time(field).UtcDateTime);

    public static bool Within(this DateOnly day, DateOnly from, DateOnly to) => day >= from && day <= to;

    /// <summary>NPS = % promoters (9-10) - % detractors (0-6).</summary>
    public static double Nps(IEnumerable<JsonObject> responses)
    {
        var scores = responses.Select(Score).ToList();
        Assert.NotEmpty(scores);
        return 100.0 * (scores.Count(s => s >= 9) - scores.Count(s => s <= 6)) / scores.Count;
    }

    /// <summary>CSAT = % of 4-5 answers.</summary>
    public static double Csat(IEnumerable<JsonObject> responses)
    {
        var scores = responses.Select(Score).ToList();
        Assert.NotEmpty(scores);
        return 100.0 * scores.Count(s => s >= 4) / scores.Count;
    }

    /// <summary>CES = mean score on the 1-7 scale.</summary>
    public static double Ces(IEnumerable<JsonObject> responses)
    {
        var scores = responses.Select(Score).ToList();
        Assert.NotEmpty(scores);
        return scores.Average();
    }
}
