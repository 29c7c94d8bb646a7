using System.Globalization;
using System.Text.Json.Nodes;
using Ekko.Core.Features.Responses;
using Ekko.Core.Formats;
using Ekko.Server.Api;
using Ekko.Text.Sentiment;

namespace Ekko.Server.Features.Responses;

internal static class ResponseEndpoints
{
    private const string AttributePrefix = "attributes.";

    public static void MapResponses(this IEndpointRouteBuilder routes)
    {
        routes.MapGroup("/api/v1/responses").WithTags("Responses").RequireAuthorization(ApiScope.Ingest)
            .MapIngestion<IngestResponses, ResponseRecord>("survey response", "survey responses",
                (handler, workspaceId, items, itemPath, ct) => handler.HandleAsync(new IngestResponsesCommand(workspaceId, items, itemPath), ct));

        routes.MapGet("/api/v1/responses", async (HttpRequest request, ListResponses list, CancellationToken ct) =>
        {
            var errors = new List<FieldError>();
            var attributes = QueryParameters.Prefixed(request, AttributePrefix, errors,
                "unknown filter; use from, to, metric, min_score, max_score, survey, touchpoint, channel, language, sentiment, theme, attributes.NAME, limit or cursor",
                "from", "to", "metric", "min_score", "max_score", "survey", "touchpoint", "channel", "language", "sentiment", "theme", "limit", "cursor")
                .ToDictionary(a => a.Key, a => a.Value.ToString(), StringComparer.Ordinal);

            var query = new ListResponsesQuery(
                request.HttpContext.User.WorkspaceId(),
                QueryParameters.Date(request, "from", "yyyy-MM-dd", "a date", errors),
                QueryParameters.Date(request, "to", "yyyy-MM-dd", "a date", errors),
                QueryParameters.Metric(request, errors, required: false),
                Score(request, "min_score", errors),
                Score(request, "max_score", errors),
                Text(request, "survey"),
                Text(request, "touchpoint"),
                Text(request, "channel"),
                Text(request, "language"),
                attributes,
                QueryParameters.Cursor(request, 2, errors, ListResponses.IsValidCursor),
                QueryParameters.Limit(request, 100, ListResponses.MaxLimit, errors) ?? 100,
                Sentiment(request, errors),
                Text(request, "theme"));
            return errors.Count > 0 ? Problems.Validation(errors) : Results.Ok(await list.HandleAsync(query, ct));
        })
        .WithTags("Responses")
        .RequireAuthorization(ApiScope.Read)
        .Produces<Page<JsonObject>>()
        .ProducesValidationProblem()
        .WithSummary("Responses newest first, filtered by period, metric, score range, survey, touchpoint, channel, language, sentiment, theme and attributes.NAME (the responses behind a number)")
        .WithDescription("Each response carries 'analysis' (language, sentiment with its phrases, themes with their sentiment, keyphrases) once the text pipeline has read its comment. "
            + "sentiment is positive, negative, neutral or mixed; theme is a theme id of the taxonomy (GET /api/v1/text/taxonomy). Comments are redacted when the workspace's redact_pii is on.");
    }

    private static SentimentLabel? Sentiment(HttpRequest request, List<FieldError> errors)
    {
        var text = request.Query["sentiment"].ToString();
        switch (text)
        {
            case "": return null;
            case "positive": return SentimentLabel.Positive;
            case "negative": return SentimentLabel.Negative;
            case "neutral": return SentimentLabel.Neutral;
            case "mixed": return SentimentLabel.Mixed;
            default:
                errors.Add(new FieldError("sentiment", $"expected positive, negative, neutral or mixed, got '{text}'"));
                return null;
        }
    }

    private static string? Text(HttpRequest request, string name) => request.Query[name].ToString() is { Length: > 0 } text ? text : null;

    private static int? Score(HttpRequest request, string name, List<FieldError> errors)
    {
        var text = request.Query[name].ToString();
        if (text.Length == 0)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var score) && score is >= 0 and <= 10)
        {
            return score;
        }

        errors.Add(new FieldError(name, $"expected a score from 0 to 10, got '{text}'"));
        return null;
    }

}
