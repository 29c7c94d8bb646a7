using System.Globalization;
using System.Text.Json.Nodes;
using Ekko.Analytics.Columnar;
using Ekko.Analytics.Insights;
using Ekko.Core.Features.Insights;
using Ekko.Core.Features.Metrics;
using Ekko.Core.Formats;
using Ekko.Server.Api;

namespace Ekko.Server.Features.Insights;

internal static class InsightEndpoints
{

    public static void MapInsights(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/insights").WithTags("Insights");

        group.MapGet("/root-cause", async (HttpRequest request, ExplainChange explain, CancellationToken ct) =>
        {
            var errors = new List<FieldError>();
            var measure = RootCauseJson.ParseMeasure(request.Query["metric"].ToString() is { Length: > 0 } m ? m : "(missing)", errors, "metric");
            var baseline = RootCauseJson.ParsePeriod(request.Query["baseline"].ToString(), errors, "baseline");
            var current = RootCauseJson.ParsePeriod(request.Query["current"].ToString(), errors, "current");
            var dimensions = request.Query["dimensions"].ToString() is { Length: > 0 } list
                ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : null;
            var filters = Filters(request, errors, "metric", "baseline", "current", "dimensions");

            if (errors.Count > 0)
            {
                return Problems.Validation(errors);
            }

            var result = await explain.HandleAsync(
                new ExplainChangeQuery(request.HttpContext.User.WorkspaceId(), measure!.Value, baseline!.Value, current!.Value, dimensions, filters), ct);
            return Problems.From(result, report => Results.Ok(RootCauseJson.Write(report, current, filters)), "workspace");
        })
        .RequireAuthorization(ApiScope.Read)
        .Produces<JsonObject>()
        .ProducesValidationProblem()
        .WithSummary("Which answers explain a change of a metric between two periods, as values of dimensions and their combinations, with a summary sentence")
        .WithDescription("Query: metric (nps, csat, ces, volume), baseline and current (YYYY-MM-DD..YYYY-MM-DD), dimensions (comma-separated; default all), "
            + "filter.DIMENSION=value to look within a part of the answers (a touchpoint, say).");

        group.MapGet("/priorities", async (HttpRequest request, RankPriorities rank, RankThemePriorities rankThemes, TimeProvider clock, CancellationToken ct) =>
        {
            var errors = new List<FieldError>();
            var measure = MeasureOf(request, errors, scoresOnly: true);
            var (from, to) = Range(request, clock, 90, errors);

            var by = request.Query["by"].ToString() is { Length: > 0 } b ? b : "touchpoint";
            var filters = Filters(request, errors, "metric", "from", "to", "by");
            if (by == "theme")
            {
                // Themes come from the comments' analysis, not from the response index that filters work on.
                errors.AddRange(filters.Keys.Select(d => new FieldError($"filter.{d}", "filters are not available with by=theme")));
            }

            if (errors.Count > 0)
            {
                return Problems.Validation(errors);
            }

            var metric = measure!.Value.MetricOf()!.Value;
            if (by == "theme")
            {
                var themes = await rankThemes.HandleAsync(new RankThemePrioritiesQuery(request.HttpContext.User.WorkspaceId(), metric, new(from, to)), ct);
                return Results.Ok(PrioritiesJson.WriteThemes(metric, themes));
            }

            var result = await rank.HandleAsync(new RankPrioritiesQuery(request.HttpContext.User.WorkspaceId(), metric, new(from, to), by, filters), ct);
            return Problems.From(result, ranked => Results.Ok(PrioritiesJson.Write(metric, by, ranked)), "workspace");
        })
        .RequireAuthorization(ApiScope.Read)
        .Produces<JsonObject>()
        .ProducesValidationProblem()
        .WithSummary("A dimension's values (touchpoints by default) ranked by measured impact on the metric, next to their complaint counts")
        .WithDescription("Query: metric (nps, csat, ces; default nps), from and to (YYYY-MM-DD; default the last 90 days), by (a dimension, or theme for the comments' themes; "
            + "default touchpoint), filter.DIMENSION=value (not with by=theme). With by=theme each item also has negative_mentions and rank_by_negative_mentions.");

        group.MapGet("/drivers", async (HttpRequest request, AnalyzeDrivers drivers, TimeProvider clock, CancellationToken ct) =>
        {
            var errors = new List<FieldError>();
            var measure = MeasureOf(request, errors, scoresOnly: true);
            var (from, to) = Range(request, clock, 365, errors);

            Filters(request, errors, "metric", "from", "to", "survey", "themes");
            var themesText = request.Query["themes"].ToString();
            var themes = themesText == "true";
            if (themesText is not ("" or "true" or "false"))
            {
                errors.Add(new FieldError("themes", $"expected true or false, got '{themesText}'"));
            }

            if (errors.Count > 0)
            {
                return Problems.Validation(errors);
            }

            var survey = request.Query["survey"].ToString() is { Length: > 0 } s ? s : null;
            return Results.Ok(await drivers.HandleAsync(
                new AnalyzeDriversQuery(request.HttpContext.User.WorkspaceId(), measure!.Value.MetricOf()!.Value, from, to, survey, themes), ct));
        })
        .RequireAuthorization(ApiScope.Read)
        .Produces<JsonObject>()
        .ProducesValidationProblem()
        .WithSummary("Key drivers: how much each of the responses' other answers (ratings, reasons) accounts for the score, with intervals and an importance x performance quadrant")
        .WithDescription("Query: metric (nps, csat, ces; default nps), from and to (YYYY-MM-DD; default the last 365 days), survey (only its responses), "
            + "themes (true: add an indicator per comment theme, theme=ID, over the responses whose comment was analysed).");

        group.MapGet("/anomalies", async (HttpRequest request, DetectAnomalies detect, TimeProvider clock, CancellationToken ct) =>
        {
            var errors = new List<FieldError>();
            var measure = MeasureOf(request, errors, scoresOnly: false);
            var (from, to) = Range(request, clock, 28, errors, maxDays: 3 * 366);

            var grain = request.Query["grain"].ToString() switch
            {
                "" or "day" => TimeGrain.Day,
                "week" => TimeGrain.Week,
                var other => Invalid(errors, "grain", $"expected day or week, got '{other}'"),
            };
            var threshold = 3.5;
            if (request.Query["threshold"].ToString() is { Length: > 0 } t
                && (!double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out threshold) || !(threshold is >= 1 and <= 20)))
            {
                errors.Add(new FieldError("threshold", $"expected a number of standard deviations from 1 to 20, got '{t}'"));
            }

            var by = request.Query["by"].ToString() is { Length: > 0 } b ? b : null;
            Filters(request, errors, "metric", "from", "to", "by", "grain", "threshold");
            if (errors.Count > 0)
            {
                return Problems.Validation(errors);
            }

            var query = new DetectAnomaliesQuery(request.HttpContext.User.WorkspaceId(), measure!.Value, from, to, by, grain!.Value, threshold);
            return Problems.From(await detect.HandleAsync(query, ct), alerts => AnomaliesJson(query, alerts), "workspace");
        })
        .RequireAuthorization(ApiScope.Read)
        .Produces<JsonObject>()
        .ProducesValidationProblem()
        .WithSummary("Unusual days or weeks of a metric or of volume, per value of a dimension, each explained by a root-cause analysis against the four weeks before")
        .WithDescription("Query: metric (nps, csat, ces, volume; default nps), from and to (YYYY-MM-DD; default the last 28 days), by (a dimension; default the whole), "
            + "grain (day or week), threshold (robust standard deviations, default 3.5). At most 50 alerts, strongest first; consecutive unusual periods are one alert.");
    }

    /// <summary>The metric parameter (nps by default); volume only where a count makes sense.</summary>
    private static Measure? MeasureOf(HttpRequest request, List<FieldError> errors, bool scoresOnly)
    {
        var text = request.Query["metric"].ToString();
        var measure = RootCauseJson.ParseMeasure(text.Length > 0 ? text : "nps", errors, "metric");
        if (scoresOnly && measure == Measure.Volume)
        {
            errors.Add(new FieldError("metric", "this analysis needs a score: use nps, csat or ces"));
        }

        return measure;
    }

    /// <summary>from and to (UTC days, to included); by default the last <paramref name="defaultDays"/> days up to today.</summary>
    private static (DateOnly From, DateOnly To) Range(HttpRequest request, TimeProvider clock, int defaultDays, List<FieldError> errors, int maxDays = int.MaxValue)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var to = QueryParameters.Date(request, "to", "yyyy-MM-dd", "a date", errors) ?? today;
        var from = QueryParameters.Date(request, "from", "yyyy-MM-dd", "a date", errors) ?? to.AddDays(1 - defaultDays);
        if (from > to || from < QueryMetrics.EarliestDay || to > QueryMetrics.LatestDay || to.DayNumber - from.DayNumber >= maxDays)
        {
            errors.Add(new FieldError("from", maxDays == int.MaxValue
                ? "must not be after to, and both within 1900-2999"
                : $"must not be after to, both within 1900-2999, and at most {maxDays} days apart"));
        }

        return (from, to);
    }

    private static TimeGrain? Invalid(List<FieldError> errors, string field, string message)
    {
        errors.Add(new FieldError(field, message));
        return null;
    }

    private static IResult AnomaliesJson(DetectAnomaliesQuery query, IReadOnlyList<AnomalyAlert> alerts) => Results.Ok(new JsonObject
    {
        ["metric"] = RootCauseJson.Measures.Single(m => m.Value == query.Measure).Key,
        ["by"] = query.By,
        ["grain"] = query.Grain.Name(),
        ["from"] = query.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["to"] = query.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["alerts"] = new JsonArray([.. alerts.Select(a => (JsonNode?)new JsonObject
        {
            ["key"] = query.By is null ? new JsonObject() : new JsonObject { [query.By] = a.Key },
            ["period"] = a.Anomaly.Period.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["periods"] = a.Anomaly.Days,
            ["direction"] = a.Anomaly.Score < 0 ? "down" : "up",
            ["value"] = Math.Round(a.Anomaly.Value, 2),
            ["expected"] = Math.Round(a.Anomaly.Expected, 2),
            ["score"] = Math.Round(a.Anomaly.Score, 1),
            ["n"] = a.Anomaly.N,
            ["explanation"] = RootCauseJson.Write(a.Explanation),
        })]),
    });

    private static Dictionary<string, IReadOnlyCollection<string>> Filters(HttpRequest request, List<FieldError> errors, params string[] known) =>
        QueryParameters.DimensionFilters(request, errors, $"unknown parameter; use {string.Join(", ", known)} or filter.DIMENSION", known);
}
