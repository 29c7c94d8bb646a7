using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;

namespace Ekko.Server.Components.Pages.Insights;

/// <summary>How the insights page writes the measures of alerts and explanations, each on its own scale.</summary>
public static class InsightText
{
    /// <summary>The measure's name: "NPS", "Number of answers", "Share of comments about a theme".</summary>
    public static string Measure(string? measure, IStringLocalizer t) => measure switch
    {
        "nps" => "NPS",
        "csat" => "CSAT",
        "ces" => "CES",
        "volume" => t["Number of answers"],
        "theme_share" => t["Share of comments about the theme"],
        "theme_negative_share" => t["Share of comments negative about the theme"],
        _ => measure ?? "",
    };

    /// <summary>A value of the measure: NPS signed, CSAT and shares in percent, CES with two decimals, counts whole.</summary>
    public static string Value(string? measure, double? value, bool count = false) => value is not { } v ? "–" : measure switch
    {
        "nps" => v.ToString("+0.0;−0.0;0.0", CultureInfo.CurrentCulture),
        "csat" or "theme_share" or "theme_negative_share" => string.Create(CultureInfo.CurrentCulture, $"{v:0.0} %"),
        "ces" => v.ToString("0.00", CultureInfo.CurrentCulture),
        _ => v.ToString(count ? "0" : "0.0", CultureInfo.CurrentCulture),
    };

    /// <summary>A number of a JSON answer, whatever CLR type the use case put in it (int, long, double).</summary>
    public static double? Number(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.Number
        && double.TryParse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;

    public static long Count(JsonNode? node) => Number(node) is { } d ? (long)d : 0;

    /// <summary>"campaign = spring-sale, channel = email".</summary>
    public static string Where(JsonObject? where) =>
        where is null ? "" : string.Join(", ", where.Select(w => $"{w.Key} = {(string?)w.Value}"));

    public static string Percent(double? value) => value is { } v ? v.ToString("0%", CultureInfo.CurrentCulture) : "–";
}
