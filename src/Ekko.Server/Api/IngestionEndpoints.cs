using System.Text.Json.Nodes;
using Ekko.Core.Formats;

namespace Ekko.Server.Api;

/// <summary>The two endpoints every event kind has: one record (POST /) and a batch of up to 1,000 (POST /batch).</summary>
internal static class IngestionEndpoints
{
    public delegate Task<BatchResult> Ingest<in THandler>(THandler handler, Guid workspaceId, IReadOnlyList<JsonNode?> items, string itemPath, CancellationToken cancellationToken);

    public static void MapIngestion<THandler, TRecord>(this RouteGroupBuilder group, string singular, string plural, Ingest<THandler> ingest)
        where THandler : notnull
        where TRecord : notnull
    {
        // The handler is resolved per request by hand: a generic lambda parameter trips the ASP.NET route analyzer.
        group.MapPost("/", async (HttpRequest request, CancellationToken ct) =>
        {
            var handler = request.HttpContext.RequestServices.GetRequiredService<THandler>();
            var (body, problem) = await JsonBody.ReadAsync(request, ct);
            return problem ?? Problems.From(await ingest(handler, request.HttpContext.User.WorkspaceId(), [body], "", ct), IngestAnswer.Single);
        })
        .Accepts<TRecord>("application/json")
        .Produces<IngestAnswer>(StatusCodes.Status201Created)
        .Produces<IngestAnswer>()
        .ProducesValidationProblem()
        .WithSummary($"Store one {singular} (idempotent on its id)");

        group.MapPost("/batch", async (HttpRequest request, CancellationToken ct) =>
        {
            var handler = request.HttpContext.RequestServices.GetRequiredService<THandler>();
            var (items, problem) = await JsonBody.ReadBatchAsync(request, BatchLimits.MaxItems, ct);
            return problem ?? Problems.From(await ingest(handler, request.HttpContext.User.WorkspaceId(), [.. items!], "items", ct), IngestAnswer.Batch);
        })
        .Accepts<BatchBody<TRecord>>("application/json")
        .Produces<IngestAnswer>()
        .ProducesValidationProblem()
        .WithSummary($"Store up to {BatchLimits.MaxItems} {plural}, all or nothing");
    }
}
