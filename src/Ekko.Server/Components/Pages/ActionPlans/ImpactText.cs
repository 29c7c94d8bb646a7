using System.Globalization;
using Ekko.Analytics;
using Ekko.Core.Features.ActionPlans;
using Ekko.Server.Components.Common;
using Microsoft.Extensions.Localization;

namespace Ekko.Server.Components.Pages.ActionPlans;

/// <summary>
/// How a plan's measured impact is said, in the words of <see cref="MetricText"/>: the change in the plan's scope
/// with its verdict first ("NPS at home-delivery +9.1 points, significant"), the interval, n and p after it.
/// </summary>
public static class ImpactText
{
    /// <summary>"NPS at home-delivery +9.1 points, significant", or why there is no number yet.</summary>
    public static string Headline(ActionPlanView plan, PlanImpact impact, IStringLocalizer t)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(impact);
        var subject = $"{MetricText.Name(plan.Metric)} {Scope(plan, t)}";
        if (impact.AfterTo < impact.AfterFrom)
        {
            return Format(t["{0}: not measured yet, the plan has not run a whole day"], subject);
        }

        if (impact.Change.Value is not { } change)
        {
            return Format(t["{0}: no change can be computed yet (no answers before or after the start)"], subject);
        }

        var verdict = impact.Change.PValue is null ? t["no test possible"]
            : impact.Significant ? t["significant"] : t["within chance, not a real change"];
        var headline = Format(t["{0} {1}, {2}"], subject, Amount(plan.Metric, change, t), verdict);
        return impact.LowN ? Format(t["{0}; few answers, read with care"], headline) : headline;
    }

    /// <summary>"95% interval 2.0 … 16.2 · n = 412 before, 398 after · p = 0.012".</summary>
    public static string Detail(ActionPlanView plan, PlanImpact impact, IStringLocalizer t)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(impact);
        var parts = new List<string>();
        if (impact.Change.Ci95 is { } ci)
        {
            parts.Add(Format(t["95% interval {0} … {1}"], Number(plan.Metric, ci.Low, signed: true), Number(plan.Metric, ci.High, signed: true)));
        }

        parts.Add(Format(t["n = {0} before, {1} after"], impact.Before.N.ToString("N0", CultureInfo.CurrentCulture), impact.After.N.ToString("N0", CultureInfo.CurrentCulture)));
        if (impact.Change.PValue is { } p)
        {
            parts.Add(p < 0.001 ? string.Create(CultureInfo.CurrentCulture, $"p < {0.001:0.000}") : string.Create(CultureInfo.CurrentCulture, $"p = {p:0.000}"));
        }

        return string.Join(" · ", parts);
    }

    /// <summary>Where the plan measures: "at home-delivery", "for customer.segment = vip", "overall".</summary>
    public static string Scope(ActionPlanView plan, IStringLocalizer t)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var parts = new List<string>();
        if (plan.Touchpoint is { } touchpoint)
        {
            parts.Add(Format(t["at {0}"], touchpoint));
        }

        if (plan.Filters.Count > 0)
        {
            parts.Add(Format(t["for {0}"], string.Join(", ", plan.Filters.Select(f =>
                $"{f.Key} = {string.Join(t[" or "].Value, f.Value!.AsArray().Select(v => v!.GetValue<string>()))}"))));
        }

        return parts.Count == 0 ? t["overall"] : string.Join(" ", parts);
    }

    /// <summary>"+9.1 points", "−3.0 percentage points", "+0.25 points on the 1-7 scale".</summary>
    public static string Amount(Metric metric, double change, IStringLocalizer t)
    {
        var unit = metric switch
        {
            Metric.Csat => t["percentage points"],
            Metric.Ces => t["points on the 1-7 scale"],
            _ => t["points"],
        };
        return $"{Number(metric, change, signed: true)} {unit}";
    }

    private static string Number(Metric metric, double value, bool signed) =>
        value.ToString(metric == Metric.Ces ? (signed ? "+0.00;−0.00;0.00" : "0.00") : (signed ? "+0.0;−0.0;0.0" : "0.0"), CultureInfo.CurrentCulture);

    private static string Format(string format, params object?[] values) => string.Format(CultureInfo.CurrentCulture, format, values);
}
