using Ekko.Core.Features.Responses;
using Ekko.Core.Formats;
using Ekko.Server.Api;

namespace Ekko.Server.Features.Responses;

internal static class ResponseEndpoints
{
    public static void MapResponses(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/responses").WithTags("Responses").RequireAuthorization(ApiScope.Ingest);

        group.MapPost("/", async (HttpRequest request, IngestResponses ingest, CancellationToken ct) =>
        {
            var (body, problem) = await JsonBody.ReadAsync(request, ct);
            return problem ?? Problems.From(
                await ingest.HandleAsync(new IngestResponsesCommand(request.HttpContext.User.WorkspaceId(), [body], ItemPath: ""), ct),
                IngestAnswer.Single);
        })
        .Accepts<ResponseRecord>("application/json")
        .Produces<IngestAnswer>(StatusCodes.Status201Created)
        .Produces<IngestAnswer>()
        .ProducesValidationProblem()
        .WithSummary("Store one survey response (idempotent on its id)");

        group.MapPost("/batch", async (HttpRequest request, IngestResponses ingest, CancellationToken ct) =>
        {
            var (items, problem) = await JsonBody.ReadBatchAsync(request, BatchLimits.MaxItems, ct);
            return problem ?? Problems.From(
                await ingest.HandleAsync(new IngestResponsesCommand(request.HttpContext.User.WorkspaceId(), [.. items!]), ct),
                IngestAnswer.Batch);
        })
        .Accepts<BatchBody<ResponseRecord>>("application/json")
        .Produces<IngestAnswer>()
        .ProducesValidationProblem()
        .WithSummary($"Store up to {BatchLimits.MaxItems} responses, all or nothing");
    }
}
