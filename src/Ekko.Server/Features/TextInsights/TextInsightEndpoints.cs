using System.Globalization;
using System.Text.Json.Nodes;
using Ekko.Core.Features.Metrics;
using Ekko.Core.Features.TextInsights;
using Ekko.Core.Formats;
using Ekko.Server.Api;

namespace Ekko.Server.Features.TextInsights;

internal static class TextInsightEndpoints
{
    private const int DefaultDays = 30;

    public static void MapTextInsights(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/text").WithTags("Text insights");

        group.MapGet("/taxonomy", async (HttpRequest request, GetTaxonomy get, CancellationToken ct) =>
            Unknown(request) ?? (await get.HandleAsync(new GetTaxonomyQuery(request.HttpContext.User.WorkspaceId()), ct) is { } taxonomy
                ? Results.Ok(taxonomy.ToJson())
                : Problems.NotFound("workspace")))
        .RequireAuthorization(ApiScope.Read)
        .Produces<JsonObject>()
        .WithSummary("The workspace's theme taxonomy with its version: the default taxonomy until edited");

        group.MapPut("/taxonomy", async (HttpRequest request, SetTaxonomy set, CancellationToken ct) =>
        {
            var (body, problem) = await JsonBody.ReadAsync(request, ct);
            return problem ?? Problems.From(await set.HandleAsync(new SetTaxonomyCommand(request.HttpContext.User.WorkspaceId(), body), ct),
                taxonomy => Results.Ok(taxonomy.ToJson()), "workspace");
        })
        .RequireAuthorization(ApiScope.Admin)
        .Accepts<JsonObject>("application/json")
        .Produces<JsonObject>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithSummary("Replace the taxonomy: {\"version\"?: 1, \"themes\": [{\"id\", \"name\", \"description\"?, \"rules\": {\"sv\": [\"leverans*\"], ...}}]}; history is re-analysed in the background")
        .WithDescription("Every rule is checked; errors name the field (themes[2].rules.sv[0]). With 'version', a change made by someone else since is a 409 instead of being overwritten.");

        group.MapPost("/taxonomy/themes/from-topic", async (HttpRequest request, PromoteTopic promote, CancellationToken ct) =>
        {
            var (body, problem) = await JsonBody.ReadAsync(request, ct);
            return problem ?? Problems.From(await promote.HandleAsync(new PromoteTopicCommand(request.HttpContext.User.WorkspaceId(), body), ct),
                taxonomy => Results.Ok(taxonomy.ToJson()), "workspace");
        })
        .RequireAuthorization(ApiScope.Admin)
        .Accepts<JsonObject>("application/json")
        .Produces<JsonObject>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithSummary("Promote a discovered topic into a theme: {\"id\", \"name\", \"language\", \"keyphrases\": [...]} as GET /text/emerging lists it");

        group.MapGet("/reanalysis", async (HttpRequest request, GetReanalysisProgress get, CancellationToken ct) =>
            Unknown(request) ?? (await get.HandleAsync(new GetReanalysisProgressQuery(request.HttpContext.User.WorkspaceId()), ct) is { } progress
                ? Results.Ok(progress)
                : Problems.NotFound("workspace")))
        .RequireAuthorization(ApiScope.Read)
        .Produces<ReanalysisProgress>()
        .WithSummary("Progress of the re-analysis after the last taxonomy change: done of total comments, and new changes still waiting");

        group.MapGet("/themes", async (HttpRequest request, SummarizeThemes summarize, TimeProvider clock, CancellationToken ct) =>
        {
            var errors = new List<FieldError>();
            var (from, to) = Range(request, clock, errors);
            var source = Source(request, errors);
            Unknown(request, errors, "from", "to", "source");
            if (errors.Count > 0)
            {
                return Problems.Validation(errors);
            }

            return await summarize.HandleAsync(new SummarizeThemesQuery(request.HttpContext.User.WorkspaceId(), from, to, source), ct) is { } summary
                ? Results.Ok(summary)
                : Problems.NotFound("workspace");
        })
        .RequireAuthorization(ApiScope.Read)
        .Produces<ThemeSummary>()
        .ProducesValidationProblem()
        .WithSummary("Themes in a period: comments mentioning each, share of analysed comments, average theme sentiment and counts per label")
        .WithDescription("Query: from and to (YYYY-MM-DD, UTC days, both included; default the last 30 days); source: comments (survey comments, default) or mentions (social and forum posts), counted apart.");

        group.MapGet("/emerging", async (HttpRequest request, FindEmergingTopics find, TimeProvider clock, CancellationToken ct) =>
        {
            var errors = new List<FieldError>();
            var period = request.Query["period"].ToString() switch
            {
                "" or "week" => EmergingPeriod.Week,
                "day" => EmergingPeriod.Day,
                var other => Invalid(errors, "period", $"expected day or week, got '{other}'"),
            };
            var date = QueryParameters.Date(request, "date", "yyyy-MM-dd", "a date", errors) ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            if (date < QueryMetrics.EarliestDay.AddDays(70) || date > QueryMetrics.LatestDay)
            {
                errors.Add(new FieldError("date", "must be within 1900-03-12 and 2999-12-31 (the baseline reaches 70 days back)"));
            }

            var source = Source(request, errors);
            Unknown(request, errors, "period", "date", "source");
            if (errors.Count > 0)
            {
                return Problems.Validation(errors);
            }

            return await find.HandleAsync(new FindEmergingTopicsQuery(request.HttpContext.User.WorkspaceId(), period, date, source), ct) is { } emerging
                ? Results.Ok(emerging)
                : Problems.NotFound("workspace");
        })
        .RequireAuthorization(ApiScope.Read)
        .Produces<EmergingTopics>()
        .ProducesValidationProblem()
        .WithSummary("What is new: themes whose share rose against the trailing baseline (burst test with q-values) and topics found among comments no theme matched")
        .WithDescription("Query: period (day or week, default week: the seven days ending with date), date (YYYY-MM-DD, default today). "
            + "Baseline: the 28 days before a day, the 8 weeks before a week. source: comments (default) or mentions.");

        group.MapGet("/settings", async (HttpRequest request, GetTextSettings get, CancellationToken ct) =>
            Unknown(request) ?? (await get.HandleAsync(new GetTextSettingsQuery(request.HttpContext.User.WorkspaceId()), ct) is { } settings
                ? Results.Ok(settings)
                : Problems.NotFound("workspace")))
        .RequireAuthorization(ApiScope.Read)
        .Produces<TextSettings>()
        .WithSummary("The workspace's text settings: {\"redact_pii\": false, \"languages\": [\"sv\", \"nb\", \"da\", \"en\"]}");

        group.MapPut("/settings", async (HttpRequest request, SetTextSettings set, CancellationToken ct) =>
        {
            var (body, problem) = await JsonBody.ReadAsync(request, ct);
            return problem ?? Problems.From(await set.HandleAsync(new SetTextSettingsCommand(request.HttpContext.User.WorkspaceId(), body), ct), Results.Ok, "workspace");
        })
        .RequireAuthorization(ApiScope.Admin)
        .Accepts<JsonObject>("application/json")
        .Produces<TextSettings>()
        .ProducesValidationProblem()
        .WithSummary("Set {\"redact_pii\": true} to show and export comments with e-mail addresses, phone, card and national identity numbers replaced, "
            + "and {\"languages\": [\"sv\", \"en\"]} to detect languages among those only (from then on); a field left out keeps its value");
    }

    private static (DateOnly From, DateOnly To) Range(HttpRequest request, TimeProvider clock, List<FieldError> errors)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var to = QueryParameters.Date(request, "to", "yyyy-MM-dd", "a date", errors) ?? today;
        var from = QueryParameters.Date(request, "from", "yyyy-MM-dd", "a date", errors) ?? to.AddDays(1 - DefaultDays);
        if (from > to || from < QueryMetrics.EarliestDay || to > QueryMetrics.LatestDay)
        {
            errors.Add(new FieldError("from", "must not be after to, and both within 1900-2999"));
        }

        return (from, to);
    }

    private static TextSource Source(HttpRequest request, List<FieldError> errors)
    {
        switch (request.Query["source"].ToString())
        {
            case "" or "comments": return TextSource.Comments;
            case "mentions": return TextSource.Mentions;
            case var other:
                errors.Add(new FieldError("source", $"expected comments or mentions, got '{other}'"));
                return TextSource.Comments;
        }
    }

    private static EmergingPeriod Invalid(List<FieldError> errors, string field, string message)
    {
        errors.Add(new FieldError(field, message));
        return EmergingPeriod.Week;
    }

    /// <summary>A query parameter these endpoints do not know is a named 400, not silently ignored.</summary>
    private static void Unknown(HttpRequest request, List<FieldError> errors, params string[] known)
    {
        foreach (var key in request.Query.Keys.Where(k => !known.Contains(k)))
        {
            errors.Add(new FieldError(key, known.Length == 0 ? "this endpoint takes no query parameters" : $"unknown parameter; use {string.Join(", ", known)}"));
        }
    }

    private static IResult? Unknown(HttpRequest request)
    {
        var errors = new List<FieldError>();
        Unknown(request, errors);
        return errors.Count > 0 ? Problems.Validation(errors) : null;
    }
}
