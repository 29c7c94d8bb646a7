using Ekko.Core.Features.Responses;
using Ekko.Server.Api;

namespace Ekko.Server.Features.Responses;

internal static class ResponseEndpoints
{
    public static void MapResponses(this IEndpointRouteBuilder routes) =>
        routes.MapGroup("/api/v1/responses").WithTags("Responses").RequireAuthorization(ApiScope.Ingest)
            .MapIngestion<IngestResponses, ResponseRecord>("survey response", "survey responses",
                (handler, workspaceId, items, itemPath, ct) => handler.HandleAsync(new IngestResponsesCommand(workspaceId, items, itemPath), ct));
}
