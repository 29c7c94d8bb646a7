using System.Globalization;
using System.Text.Json.Nodes;
using Ekko.Analytics;
using Ekko.Analytics.Columnar;
using Ekko.Core.Features.Metrics;
using Ekko.Core.Formats;
using Ekko.Server.Api;

namespace Ekko.Server.Features.Metrics;

internal static class MetricEndpoints
{
    private const int DefaultDays = 90;

    public static void MapMetrics(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/metrics").WithTags("Metrics");

        group.MapGet("/", async (HttpRequest request, QueryMetrics metrics, TimeProvider clock, CancellationToken ct) =>
        {
            var errors = new List<FieldError>();
            var query = Read(request, clock, errors);
            if (query is null)
            {
                return Problems.Validation(errors);
            }

            var result = await metrics.HandleAsync(query, ct);
            return Problems.From(result, answer => Results.Ok(ToJson(answer)), "metric");
        })
        .RequireAuthorization(ApiScope.Read)
        .Produces<JsonObject>()
        .ProducesValidationProblem()
        .WithSummary("A metric (nps, csat, ces) over a date range, grouped and filtered by any dimension, each group with n, 95% interval, low_n and the change against the previous period")
        .WithDescription("Query: metric (required), from and to (YYYY-MM-DD, UTC, inclusive; default the last 90 days), "
            + "by (comma-separated dimensions: touchpoint, stage (with journey=KEY), channel, language, survey, any response attribute, customer.ATTRIBUTE, "
            + "and at most one of day, week, month), filter.DIMENSION=value (repeat for several values), minimum_n (default 30).");

        group.MapGet("/churn", async (HttpRequest request, QueryChurn churn, TimeProvider clock, CancellationToken ct) =>
        {
            var errors = new List<FieldError>();
            var to = QueryParameters.Date(request, "to", "yyyy-MM", "a month", errors);
            var from = QueryParameters.Date(request, "from", "yyyy-MM", "a month", errors) ?? DefaultFrom(clock);
            Unknown(request, errors, "from", "to");
            if (errors.Count > 0)
            {
                return Problems.Validation(errors);
            }

            var answer = await churn.HandleAsync(new ChurnQuery(request.HttpContext.User.WorkspaceId(), from, to), ct);
            return answer is null ? Problems.NotFound("workspace") : Results.Ok(new JsonObject
            {
                ["activity"] = Activity(answer.Activity),
                ["periods"] = new JsonArray([.. answer.Periods.Select(p => (JsonNode?)Period(p))]),
            });
        })
        .RequireAuthorization(ApiScope.Read)
        .Produces<JsonObject>()
        .ProducesValidationProblem()
        .WithSummary("Monthly churn: customers active at a month's start who are no longer active at its end, over those active at its start")
        .WithDescription("Query: from and to (YYYY-MM; default the last 12 months that have ended). 'Active' is the workspace's activity rule (see /api/v1/metrics/activity-rule).");

        group.MapGet("/retention", async (HttpRequest request, QueryRetention retention, TimeProvider clock, CancellationToken ct) =>
        {
            var errors = new List<FieldError>();
            var from = QueryParameters.Date(request, "from", "yyyy-MM", "a month", errors) ?? DefaultFrom(clock);
            Unknown(request, errors, "from");
            if (errors.Count > 0)
            {
                return Problems.Validation(errors);
            }

            var answer = await retention.HandleAsync(new RetentionQuery(request.HttpContext.User.WorkspaceId(), from), ct);
            return answer is null ? Problems.NotFound("workspace") : Results.Ok(new JsonObject
            {
                ["activity"] = Activity(answer.Activity),
                ["cohorts"] = new JsonArray([.. answer.Cohorts.Select(c => (JsonNode?)new JsonObject
                {
                    ["month"] = c.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                    ["size"] = c.Size,
                    ["retention"] = new JsonArray([.. c.Retention.Select(r => (JsonNode?)MetricsJson.Percent(r, MetricReport.DefaultMinimumN))]),
                })]),
            });
        })
        .RequireAuthorization(ApiScope.Read)
        .Produces<JsonObject>()
        .ProducesValidationProblem()
        .WithSummary("Cohort retention: per month of first activity, the share of customers still active at the end of each following month")
        .WithDescription("Query: from (YYYY-MM; default 12 months ago). retention[k] is the share active at the end of the cohort's month + k.");

        group.MapGet("/activity-rule", async (HttpRequest request, GetActivityRule get, CancellationToken ct) =>
            await get.HandleAsync(new GetActivityRuleQuery(request.HttpContext.User.WorkspaceId()), ct) is { } rule
                ? Results.Ok(Activity(rule))
                : Problems.NotFound("workspace"))
        .RequireAuthorization(ApiScope.Read)
        .Produces<JsonObject>()
        .WithSummary("What counts as customer activity for churn and retention");

        group.MapPut("/activity-rule", async (HttpRequest request, SetActivityRule set, CancellationToken ct) =>
        {
            var (body, problem) = await JsonBody.ReadAsync(request, ct);
            return problem ?? Problems.From(
                await set.HandleAsync(new SetActivityRuleCommand(request.HttpContext.User.WorkspaceId(), body), ct),
                rule => Results.Ok(Activity(rule)), "workspace");
        })
        .RequireAuthorization(ApiScope.Admin)
        .Accepts<JsonObject>("application/json")
        .Produces<JsonObject>()
        .ProducesValidationProblem()
        .WithSummary("Set what counts as customer activity: {\"types\": [\"order.placed\"], \"window_days\": 90}");
    }

    private static MetricsQuery? Read(HttpRequest request, TimeProvider clock, List<FieldError> errors)
    {
        var metric = QueryParameters.Metric(request, errors, required: true);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var to = QueryParameters.Date(request, "to", "yyyy-MM-dd", "a date", errors) ?? today;
        var from = QueryParameters.Date(request, "from", "yyyy-MM-dd", "a date", errors) ?? to.AddDays(1 - DefaultDays);
        var by = request.Query["by"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var minimumN = MetricReport.DefaultMinimumN;
        if (request.Query["minimum_n"].ToString() is { Length: > 0 } text
            && !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out minimumN))
        {
            errors.Add(new FieldError("minimum_n", $"expected a whole number, got '{text}'"));
        }

        var filters = QueryParameters.DimensionFilters(request, errors, "unknown parameter; use metric, from, to, by, journey, minimum_n or filter.DIMENSION",
            "metric", "from", "to", "by", "minimum_n", "journey");

        return errors.Count > 0 || metric is null
            ? null
            : new MetricsQuery(request.HttpContext.User.WorkspaceId(), metric.Value, from, to, by, filters, minimumN,
                request.Query["journey"].ToString() is { Length: > 0 } journey ? journey : null);
    }

    private static DateOnly DefaultFrom(TimeProvider clock)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return new DateOnly(today.Year, today.Month, 1).AddMonths(-12);
    }

    private static void Unknown(HttpRequest request, List<FieldError> errors, params string[] known)
    {
        foreach (var key in request.Query.Keys.Where(k => !known.Contains(k)))
        {
            errors.Add(new FieldError(key, $"unknown parameter; use {string.Join(" or ", known)}"));
        }
    }

    private static JsonObject Activity(ActivityRule rule) => new()
    {
        ["types"] = new JsonArray([.. rule.Types.Select(t => (JsonNode?)t)]),
        ["window_days"] = rule.WindowDays,
    };

    private static JsonObject Period(Analytics.Retention.ChurnPeriod period)
    {
        var json = MetricsJson.Percent(period.Rate, MetricReport.DefaultMinimumN);
        json["start"] = period.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        json["end"] = period.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        json["customers_at_start"] = period.CustomersAtStart;
        json["lost"] = period.Lost;
        json["acquired"] = period.Acquired;
        return json;
    }

    private static JsonObject ToJson(MetricsAnswer answer)
    {
        var query = answer.Query;
        return new JsonObject
        {
            ["metric"] = query.Metric.ToString().ToLowerInvariant(),
            ["from"] = query.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = query.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["by"] = new JsonArray([.. query.By.Select(b => (JsonNode?)b)]),
            ["minimum_n"] = query.MinimumN,
            ["groups"] = new JsonArray([.. answer.Groups.Select(g => (JsonNode?)MetricsJson.Group(g, query.Metric, query.By, answer.Grain, withChange: true))]),
        };
    }
}
