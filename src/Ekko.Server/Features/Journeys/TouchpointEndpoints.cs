using Ekko.Core.Features.Journeys;
using Ekko.Server.Api;

namespace Ekko.Server.Features.Journeys;

internal static class TouchpointEndpoints
{
    public static void MapTouchpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/touchpoints").WithTags("Touchpoints");

        group.MapGet("/", async (HttpRequest request, ListTouchpoints list, CancellationToken ct) =>
            Results.Ok(await list.HandleAsync(new ListTouchpointsQuery(request.HttpContext.User.WorkspaceId()), ct)))
            .RequireAuthorization(ApiScope.Read)
            .Produces<IReadOnlyList<TouchpointView>>()
            .WithSummary("All touchpoints, in journey order");

        group.MapGet("/{key}", async (string key, HttpRequest request, GetTouchpoint get, CancellationToken ct) =>
            await get.HandleAsync(new GetTouchpointQuery(request.HttpContext.User.WorkspaceId(), key), ct) is { } touchpoint
                ? Results.Ok(touchpoint)
                : Problems.NotFound($"touchpoint '{key}'"))
            .RequireAuthorization(ApiScope.Read)
            .Produces<TouchpointView>();

        group.MapPost("/", async (HttpRequest request, CreateTouchpoint create, CancellationToken ct) =>
        {
            var (body, problem) = await JsonBody.ReadAsync(request, ct);
            return problem ?? Problems.From(
                await create.HandleAsync(new CreateTouchpointCommand(request.HttpContext.User.WorkspaceId(), body), ct),
                t => Results.Created($"/api/v1/touchpoints/{t.Key}", t), "touchpoint");
        })
        .RequireAuthorization(ApiScope.Admin)
        .Accepts<TouchpointInput>("application/json")
        .Produces<TouchpointView>(StatusCodes.Status201Created)
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPut("/{key}", async (string key, HttpRequest request, UpdateTouchpoint update, CancellationToken ct) =>
        {
            var (body, problem) = await JsonBody.ReadAsync(request, ct);
            return problem ?? Problems.From(
                await update.HandleAsync(new UpdateTouchpointCommand(request.HttpContext.User.WorkspaceId(), key, body), ct),
                Results.Ok, $"touchpoint '{key}'");
        })
        .RequireAuthorization(ApiScope.Admin)
        .Accepts<TouchpointInput>("application/json")
        .Produces<TouchpointView>()
        .ProducesValidationProblem();

        group.MapDelete("/{key}", async (string key, HttpRequest request, DeleteTouchpoint delete, CancellationToken ct) =>
            Problems.From(await delete.HandleAsync(new DeleteTouchpointCommand(request.HttpContext.User.WorkspaceId(), key), ct),
                _ => Results.NoContent(), $"touchpoint '{key}'"))
            .RequireAuthorization(ApiScope.Admin)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Delete a touchpoint that no interaction or response refers to");
    }
}
