using System.Globalization;
using System.Text.Json.Nodes;
using Ekko.Analytics;
using Ekko.Analytics.Metrics;
using Ekko.Core.Features.Metrics;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.ActionPlans;

/// <summary>
/// Measures a plan's impact through the metrics query path: the query covers the days from the plan's
/// start to the end of its window (or yesterday, the last whole day, while the window runs), and the index
/// compares every query with the same number of days just before it, which is exactly "before the plan".
/// The change test is Ekko.Analytics' (z-test on NPS, pooled two-proportion test on CSAT, Welch on CES).
/// </summary>
internal static class MeasurePlanImpact
{
    public const double Alpha = 0.05;

    public static async Task<PlanImpact?> MeasureAsync(QueryMetrics metrics, ActionPlan plan, DateOnly today, CancellationToken cancellationToken)
    {
        var afterFrom = plan.StartsOn;
        var windowEnd = plan.StartsOn.AddDays(plan.WindowDays - 1);
        var afterTo = windowEnd < today ? windowEnd : today.AddDays(-1);
        var days = afterTo.DayNumber - afterFrom.DayNumber + 1;
        var beforeFrom = afterFrom.AddDays(-Math.Max(days, 1));
        var beforeTo = afterFrom.AddDays(-1);
        if (days < 1)
        {
            return new PlanImpact(beforeFrom, beforeTo, afterFrom, afterTo, Estimate.Empty, Estimate.Empty, Change.Unknown, false, true,
                $"{Name(plan.Metric)} {Scope(plan)}: not measured yet", $"the plan starts on {plan.StartsOn:yyyy-MM-dd}; its impact is measured from the first whole day after the start");
        }

        var filters = new Dictionary<string, IReadOnlyCollection<string>>(StringComparer.Ordinal);
        foreach (var (name, values) in JsonNode.Parse(plan.Filters)!.AsObject())
        {
            filters[name] = [.. values!.AsArray().Select(v => v!.GetValue<string>())];
        }

        if (plan.Touchpoint is { } touchpoint)
        {
            filters[ResponseDimensions.Touchpoint] = [touchpoint];
        }

        var result = await metrics.HandleAsync(new MetricsQuery(plan.WorkspaceId, plan.Metric, afterFrom, afterTo, [], filters), cancellationToken);
        if (result.Status != CommandStatus.Ok)
        {
            var why = string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Message}"));
            return new PlanImpact(beforeFrom, beforeTo, afterFrom, afterTo, Estimate.Empty, Estimate.Empty, Change.Unknown, false, true,
                $"{Name(plan.Metric)} {Scope(plan)}: cannot be measured", why);
        }

        var group = result.Value!.Groups.Count > 0 ? result.Value.Groups[0] : null;
        var before = group?.Previous ?? Estimate.Empty;
        var after = group?.Estimate ?? Estimate.Empty;
        var change = group?.Change ?? Change.Unknown;
        var significant = change.PValue < Alpha;
        var lowN = before.IsLowN(Analytics.Columnar.MetricReport.DefaultMinimumN) || after.IsLowN(Analytics.Columnar.MetricReport.DefaultMinimumN);
        return new PlanImpact(beforeFrom, beforeTo, afterFrom, afterTo, before, after, change, significant, lowN, Sentence(plan, before, after, change, significant, lowN),
            change.Value is null ? "no answers in the scope before or after the start" : null);
    }

    /// <summary>"NPS at home-delivery +9.1 points (95% CI 2.0 to 16.2; n = 412 before, 398 after), significant (p = 0.012)".</summary>
    internal static string Sentence(ActionPlan plan, Estimate before, Estimate after, Change change, bool significant, bool lowN)
    {
        var subject = $"{Name(plan.Metric)} {Scope(plan)}";
        if (change.Value is not { } value)
        {
            return $"{subject}: no change can be computed yet (n = {before.N} before, {after.N} after)";
        }

        var unit = plan.Metric switch
        {
            Metric.Csat => "percentage points",
            Metric.Ces => "points on the 1-7 scale",
            _ => "points",
        };
        var ci = change.Ci95 is { } interval ? $"95% CI {F(interval.Low)} to {F(interval.High)}; " : "";
        var verdict = change.PValue is { } p
            ? $"{(significant ? "significant" : "not significant")} (p = {p.ToString(p < 0.001 ? "0.0e0" : "0.000", CultureInfo.InvariantCulture)})"
            : "no test possible";
        return $"{subject} {(value >= 0 ? "+" : "")}{F(value)} {unit} ({ci}n = {before.N} before, {after.N} after), {verdict}{(lowN ? "; few answers, read with care" : "")}";
    }

    private static string F(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Name(Metric metric) => metric.ToString().ToUpperInvariant();

    private static string Scope(ActionPlan plan)
    {
        var parts = new List<string>();
        if (plan.Touchpoint is { } touchpoint)
        {
            parts.Add($"at {touchpoint}");
        }

        var filters = JsonNode.Parse(plan.Filters)!.AsObject();
        if (filters.Count > 0)
        {
            parts.Add("for " + string.Join(", ", filters.Select(f => $"{f.Key} = {string.Join(" or ", f.Value!.AsArray().Select(v => v!.GetValue<string>()))}")));
        }

        return parts.Count == 0 ? "overall" : string.Join(" ", parts);
    }
}
