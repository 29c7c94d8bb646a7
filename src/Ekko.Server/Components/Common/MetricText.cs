using System.Globalization;
using Ekko.Analytics;
using Ekko.Analytics.Columnar;
using Ekko.Analytics.Metrics;
using Microsoft.Extensions.Localization;

namespace Ekko.Server.Components.Common;

/// <summary>
/// How every page writes a metric: its value on its own scale, the interval and n beside it, and a change said
/// plainly (significant or not), so nobody reads noise as news.
/// </summary>
public static class MetricText
{
    public static string Name(Metric metric) => metric switch
    {
        Metric.Nps => "NPS",
        Metric.Csat => "CSAT",
        Metric.Ces => "CES",
        _ => metric.ToString(),
    };

    public static string Value(Metric metric, double? value) => value is not { } v ? "–" : metric switch
    {
        Metric.Nps => v.ToString("+0.0;−0.0;0.0", CultureInfo.CurrentCulture),
        Metric.Csat => string.Create(CultureInfo.CurrentCulture, $"{v:0.0} %"),
        _ => v.ToString("0.00", CultureInfo.CurrentCulture),
    };

    public static string Interval(Metric metric, Interval? ci) => ci is not { } c ? "–"
        : string.Create(CultureInfo.CurrentCulture, $"{Number(metric, c.Low)} … {Number(metric, c.High)}");

    public static string Unit(Metric metric, IStringLocalizer t) => metric switch
    {
        Metric.Ces => t["on the 1-7 scale"],
        _ => t["points"],
    };

    /// <summary>"+4.1 points, significant (p = 0.012)" or "−1.2 points, within chance (p = 0.41)".</summary>
    public static string Change(Metric metric, MetricGroup group, IStringLocalizer t)
    {
        if (group.Change.Value is not { } change || group.Previous.N == 0)
        {
            return t["No answers in the previous period to compare with."];
        }

        var amount = string.Create(CultureInfo.CurrentCulture, $"{change.ToString(metric == Metric.Ces ? "+0.00;−0.00;0.00" : "+0.0;−0.0;0.0", CultureInfo.CurrentCulture)} {Unit(metric, t)}");
        var p = group.Change.PValue is { } pv ? string.Create(CultureInfo.CurrentCulture, $"p = {pv:0.000}") : "";
        return group.Significant
            ? string.Format(CultureInfo.CurrentCulture, t["{0} against the previous period: a significant change ({1})."], amount, p)
            : string.Format(CultureInfo.CurrentCulture, t["{0} against the previous period: within chance, not a real change ({1})."], amount, p);
    }

    /// <summary>0 (worst) to 1 (best) on the metric's own scale: heatmap colours compare touchpoints measured differently.</summary>
    public static double Normalized(Metric metric, double value) => metric switch
    {
        Metric.Nps => (value + 100) / 200,
        Metric.Csat => value / 100,
        _ => (value - 1) / 6,
    };

    private static string Number(Metric metric, double value) => value.ToString(metric == Metric.Ces ? "0.00" : "0.0", CultureInfo.CurrentCulture);
}
