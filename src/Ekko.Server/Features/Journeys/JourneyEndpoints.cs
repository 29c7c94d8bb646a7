using Ekko.Core.Features.Journeys;
using Ekko.Server.Api;

namespace Ekko.Server.Features.Journeys;

internal static class JourneyEndpoints
{
    public static void MapJourneys(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/journeys").WithTags("Journeys");

        group.MapGet("/", async (HttpRequest request, ListJourneys list, CancellationToken ct) =>
            Results.Ok(await list.HandleAsync(new ListJourneysQuery(request.HttpContext.User.WorkspaceId()), ct)))
            .RequireAuthorization(ApiScope.Read)
            .Produces<IReadOnlyList<JourneyView>>();

        group.MapGet("/{key}", async (string key, HttpRequest request, GetJourney get, CancellationToken ct) =>
            await get.HandleAsync(new GetJourneyQuery(request.HttpContext.User.WorkspaceId(), key), ct) is { } journey
                ? Results.Ok(journey)
                : Problems.NotFound($"journey '{key}'"))
            .RequireAuthorization(ApiScope.Read)
            .Produces<JourneyView>()
            .WithSummary("A journey map: stages with their touchpoints");

        group.MapPost("/", async (HttpRequest request, CreateJourney create, CancellationToken ct) =>
        {
            var (body, problem) = await JsonBody.ReadAsync(request, ct);
            return problem ?? Problems.From(
                await create.HandleAsync(new CreateJourneyCommand(request.HttpContext.User.WorkspaceId(), body), ct),
                j => Results.Created($"/api/v1/journeys/{j.Key}", j), "journey");
        })
        .RequireAuthorization(ApiScope.Admin)
        .Accepts<JourneyInput>("application/json")
        .Produces<JourneyView>(StatusCodes.Status201Created)
        .ProducesValidationProblem();

        group.MapPut("/{key}", async (string key, HttpRequest request, UpdateJourney update, CancellationToken ct) =>
        {
            var (body, problem) = await JsonBody.ReadAsync(request, ct);
            return problem ?? Problems.From(
                await update.HandleAsync(new UpdateJourneyCommand(request.HttpContext.User.WorkspaceId(), key, body), ct),
                Results.Ok, $"journey '{key}'");
        })
        .RequireAuthorization(ApiScope.Admin)
        .Accepts<JourneyInput>("application/json")
        .Produces<JourneyView>()
        .ProducesValidationProblem()
        .WithSummary("Replace a journey's name, description and stages");

        group.MapDelete("/{key}", async (string key, HttpRequest request, DeleteJourney delete, CancellationToken ct) =>
            await delete.HandleAsync(new DeleteJourneyCommand(request.HttpContext.User.WorkspaceId(), key), ct)
                ? Results.NoContent()
                : Problems.NotFound($"journey '{key}'"))
            .RequireAuthorization(ApiScope.Admin)
            .Produces(StatusCodes.Status204NoContent);
    }
}
