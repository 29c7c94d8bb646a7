using System.Globalization;
using System.Text.Json.Nodes;
using Ekko.Core.Features.Cases;

namespace Ekko.Core.Features.Alerts;

/// <summary>An alert as the API, the <c>alert.raised</c> webhook and the e-mail show it.</summary>
public static class AlertJson
{
    public static JsonObject Write(Alert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return new JsonObject
        {
            ["id"] = alert.Id.ToString(),
            ["status"] = Names.Of(alert.Status),
            ["severity"] = Names.Of(alert.Severity),
            ["title"] = alert.Title,
            ["summary"] = alert.Summary,
            ["grain"] = Names.Of(alert.Grain),
            ["metric"] = alert.Measure,
            ["scope"] = new JsonObject
            {
                ["kind"] = Names.Of(alert.Scope),
                ["dimension"] = alert.ScopeDimension,
                ["value"] = alert.ScopeValue,
            },
            ["period"] = Day(alert.Period),
            ["last_period"] = Day(alert.LastPeriod),
            ["periods"] = alert.Periods,
            ["direction"] = alert.Score < 0 ? "down" : "up",
            ["observed"] = Round(alert.Observed),
            ["expected"] = Round(alert.Expected),
            ["expected_range"] = new JsonArray(Round(alert.ExpectedLow), Round(alert.ExpectedHigh)),
            ["score"] = Math.Round(alert.Score, 1),
            ["n"] = alert.N,
            ["explanation"] = JsonNode.Parse(alert.Explanation),
            ["action_plan"] = alert.ActionPlanId?.ToString(),
            ["case"] = alert.CaseId?.ToString(),
            ["status_by"] = alert.StatusBy,
            ["raised_at"] = alert.RaisedAt.ToString("O", CultureInfo.InvariantCulture),
            ["updated_at"] = alert.UpdatedAt.ToString("O", CultureInfo.InvariantCulture),
        };
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static double Round(double value) => Math.Round(value, 2) + 0.0;
}
