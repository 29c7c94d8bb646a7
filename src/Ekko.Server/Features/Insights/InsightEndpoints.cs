using System.Text.Json.Nodes;
using Ekko.Core.Features.Insights;
using Ekko.Core.Formats;
using Ekko.Server.Api;

namespace Ekko.Server.Features.Insights;

internal static class InsightEndpoints
{
    private const string FilterPrefix = "filter.";

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
            var filters = new Dictionary<string, IReadOnlyCollection<string>>(StringComparer.Ordinal);
            foreach (var (key, values) in request.Query)
            {
                if (key.StartsWith(FilterPrefix, StringComparison.Ordinal) && key.Length > FilterPrefix.Length)
                {
                    filters[key[FilterPrefix.Length..]] = values.OfType<string>().ToArray();
                }
                else if (key is not ("metric" or "baseline" or "current" or "dimensions"))
                {
                    errors.Add(new FieldError(key, "unknown parameter; use metric, baseline, current, dimensions or filter.DIMENSION"));
                }
            }

            if (errors.Count > 0)
            {
                return Problems.Validation(errors);
            }

            var result = await explain.HandleAsync(
                new ExplainChangeQuery(request.HttpContext.User.WorkspaceId(), measure!.Value, baseline!.Value, current!.Value, dimensions, filters), ct);
            return Problems.From(result, report => Results.Ok(RootCauseJson.Write(report)), "workspace");
        })
        .RequireAuthorization(ApiScope.Read)
        .Produces<JsonObject>()
        .ProducesValidationProblem()
        .WithSummary("Which answers explain a change of a metric between two periods, as values of dimensions and their combinations, with a summary sentence")
        .WithDescription("Query: metric (nps, csat, ces, volume), baseline and current (YYYY-MM-DD..YYYY-MM-DD), dimensions (comma-separated; default all), "
            + "filter.DIMENSION=value to look within a part of the answers (a touchpoint, say).");
    }
}
