using System.Text.Json.Nodes;
using Ekko.Analytics;
using Ekko.Analytics.Columnar;
using Ekko.Analytics.Metrics;

namespace Ekko.Core.Features.Metrics;

/// <summary>
/// How metric groups are written, the same in the API and the CLI (docs/formats.md): NPS in points and CSAT in
/// percent with one decimal, CES with two; intervals as [low, high]; the key as an object of the grouped names.
/// </summary>
public static class MetricsJson
{
    /// <param name="by">The grouped names in order; a time grain's name takes the period's label.</param>
    /// <param name="withChange">Adds <c>previous</c> and <c>change</c> (the API); the CLI contract has neither.</param>
    public static JsonObject Group(MetricGroup group, Metric metric, IReadOnlyList<string> by, TimeGrain? grain, bool withChange)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(by);
        var key = new JsonObject();
        var dimension = 0;
        foreach (var name in by)
        {
            key[name] = TimeGrains.Parse(name) is not null && grain is { } g && group.Period is { } period
                ? g.Label(period)
                : group.Key[dimension++];
        }

        var json = new JsonObject { ["key"] = key };
        Estimate(json, group.Estimate, metric);
        json["low_n"] = group.LowN;
        if (group.EasyShare is { } easy)
        {
            json["easy_share"] = Estimate(new JsonObject(), easy, Metric.Csat);
        }

        if (withChange)
        {
            json["previous"] = Estimate(new JsonObject(), group.Previous, metric);
            json["change"] = new JsonObject
            {
                ["value"] = Round(group.Change.Value, metric),
                ["ci95"] = Interval(group.Change.Ci95, metric),
                ["p_value"] = Probability(group.Change.PValue),
                ["q_value"] = Probability(group.QValue),
                ["significant"] = group.Significant,
            };
        }

        return json;
    }

    /// <summary>A share in percent (churn, retention): value, n, ci95 and low_n.</summary>
    public static JsonObject Percent(Estimate estimate, int minimumN)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        var json = Estimate(new JsonObject(), estimate, Metric.Csat);
        json["low_n"] = estimate.IsLowN(minimumN);
        return json;
    }

    private static JsonObject Estimate(JsonObject into, Estimate estimate, Metric metric)
    {
        into["value"] = Round(estimate.Value, metric);
        into["n"] = estimate.N;
        into["ci95"] = Interval(estimate.Ci95, metric);
        return into;
    }

    private static JsonArray? Interval(Interval? interval, Metric metric) =>
        interval is { } i ? [Round(i.Low, metric), Round(i.High, metric)] : null;

    private static double? Round(double? value, Metric metric) =>
        value is { } v ? Math.Round(v, metric == Metric.Ces ? 2 : 1, MidpointRounding.AwayFromZero) + 0.0 : null;

    private static double? Probability(double? p) => p is { } v ? Math.Round(v, 4) : null;
}
