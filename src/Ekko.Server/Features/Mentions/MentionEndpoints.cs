using System.Text.Json.Nodes;
using Ekko.Core.Features.Mentions;
using Ekko.Core.Formats;
using Ekko.Server.Api;
using Ekko.Text.Sentiment;

namespace Ekko.Server.Features.Mentions;

internal static class MentionEndpoints
{
    private static readonly string[] Filters = ["from", "to", "source", "theme", "sentiment", "language", "limit", "cursor"];

    public static void MapMentions(this IEndpointRouteBuilder routes)
    {
        routes.MapGroup("/api/v1/mentions").WithTags("Mentions").RequireAuthorization(ApiScope.Ingest)
            .MapIngestion<IngestMentions, MentionRecord>("mention", "mentions",
                (handler, workspaceId, items, itemPath, ct) => handler.HandleAsync(new IngestMentionsCommand(workspaceId, items, itemPath), ct));

        routes.MapGet("/api/v1/mentions", async (HttpRequest request, ListMentions list, CancellationToken ct) =>
        {
            var errors = new List<FieldError>();
            foreach (var key in request.Query.Keys.Where(k => !Filters.Contains(k)))
            {
                errors.Add(new FieldError(key, $"unknown filter; use {string.Join(", ", Filters)}"));
            }

            var query = new ListMentionsQuery(
                request.HttpContext.User.WorkspaceId(),
                QueryParameters.Date(request, "from", "yyyy-MM-dd", "a date", errors),
                QueryParameters.Date(request, "to", "yyyy-MM-dd", "a date", errors),
                Text(request, "source"),
                Text(request, "theme"),
                Sentiment(request, errors),
                Text(request, "language")?.ToLowerInvariant(),
                QueryParameters.Cursor(request, 2, errors, ListMentions.IsValidCursor),
                QueryParameters.Limit(request, 100, ListMentions.MaxLimit, errors) ?? 100);
            return errors.Count > 0 ? Problems.Validation(errors) : Results.Ok(await list.HandleAsync(query, ct));
        })
        .WithTags("Mentions")
        .RequireAuthorization(ApiScope.Read)
        .Produces<Page<JsonObject>>()
        .ProducesValidationProblem()
        .WithSummary("Mentions (social and forum posts) newest first, filtered by period, source (exact, or a prefix ending in '*'), theme, sentiment and language")
        .WithDescription("Each mention carries 'analysis' (language, sentiment with its phrases, themes with their sentiment, keyphrases) once the text pipeline has read it. "
            + "language matches the language the source gave, or the detected one when the source gave none. Texts are redacted when the workspace's redact_pii is on.");

        var sources = routes.MapGroup("/api/v1/mention-sources").WithTags("Mentions");

        sources.MapGet("/", async (HttpRequest request, ListMentionSources list, CancellationToken ct) =>
            Results.Ok(await list.HandleAsync(new ListMentionSourcesQuery(request.HttpContext.User.WorkspaceId()), ct)))
            .RequireAuthorization(ApiScope.Read)
            .Produces<IReadOnlyList<MentionSourceView>>()
            .WithSummary("The feeds the workspace listens to, with their last poll: status code, error, failures in a row, next poll, mentions stored");

        sources.MapPost("/", async (HttpRequest request, CreateMentionSource create, CancellationToken ct) =>
        {
            var (body, problem) = await JsonBody.ReadAsync(request, ct);
            return problem ?? Problems.From(await create.HandleAsync(new CreateMentionSourceCommand(request.HttpContext.User.WorkspaceId(), body), ct),
                s => Results.Created($"/api/v1/mention-sources/{s.Id}", s), "workspace");
        })
        .RequireAuthorization(ApiScope.Admin)
        .Accepts<JsonObject>("application/json")
        .Produces<MentionSourceView>(StatusCodes.Status201Created)
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithSummary("Listen to an RSS 2.0 or Atom feed: {\"url\", \"interval_minutes\"?: 15 (5-1440), \"language\"?: \"sv\"}; new items become mentions with source rss:URL");

        sources.MapDelete("/{id:guid}", async (Guid id, HttpRequest request, DeleteMentionSource delete, CancellationToken ct) =>
            Problems.From(await delete.HandleAsync(new DeleteMentionSourceCommand(request.HttpContext.User.WorkspaceId(), id), ct), _ => Results.NoContent(), "such feed"))
            .RequireAuthorization(ApiScope.Admin)
            .Produces(StatusCodes.Status204NoContent)
            .WithSummary("Stop listening to a feed; the mentions it brought in stay");
    }

    private static string? Text(HttpRequest request, string name) => request.Query[name].ToString() is { Length: > 0 } text ? text : null;

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
}
