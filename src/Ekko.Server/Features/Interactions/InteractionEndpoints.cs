using Ekko.Core.Features.Interactions;
using Ekko.Core.Formats;
using Ekko.Server.Api;

namespace Ekko.Server.Features.Interactions;

internal static class InteractionEndpoints
{
    public static void MapInteractions(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/interactions").WithTags("Interactions").RequireAuthorization(ApiScope.Ingest);

        group.MapPost("/", async (HttpRequest request, IngestInteractions ingest, CancellationToken ct) =>
        {
            var (body, problem) = await JsonBody.ReadAsync(request, ct);
            return problem ?? Problems.From(
                await ingest.HandleAsync(new IngestInteractionsCommand(request.HttpContext.User.WorkspaceId(), [body], ItemPath: ""), ct),
                IngestAnswer.Single);
        })
        .Accepts<InteractionRecord>("application/json")
        .Produces<IngestAnswer>(StatusCodes.Status201Created)
        .Produces<IngestAnswer>()
        .ProducesValidationProblem()
        .WithSummary("Store one interaction (event) (idempotent on its id)");

        group.MapPost("/batch", async (HttpRequest request, IngestInteractions ingest, CancellationToken ct) =>
        {
            var (items, problem) = await JsonBody.ReadBatchAsync(request, BatchLimits.MaxItems, ct);
            return problem ?? Problems.From(
                await ingest.HandleAsync(new IngestInteractionsCommand(request.HttpContext.User.WorkspaceId(), [.. items!]), ct),
                IngestAnswer.Batch);
        })
        .Accepts<BatchBody<InteractionRecord>>("application/json")
        .Produces<IngestAnswer>()
        .ProducesValidationProblem()
        .WithSummary($"Store up to {BatchLimits.MaxItems} interactions, all or nothing");
    }
}
