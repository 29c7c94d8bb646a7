using Ekko.Core.Features.Interactions;
using Ekko.Server.Api;

namespace Ekko.Server.Features.Interactions;

internal static class InteractionEndpoints
{
    public static void MapInteractions(this IEndpointRouteBuilder routes) =>
        routes.MapGroup("/api/v1/interactions").WithTags("Interactions").RequireAuthorization(ApiScope.Ingest)
            .MapIngestion<IngestInteractions, InteractionRecord>("interaction (event)", "interactions",
                (handler, workspaceId, items, itemPath, ct) => handler.HandleAsync(new IngestInteractionsCommand(workspaceId, items, itemPath), ct));
}
