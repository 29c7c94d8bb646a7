using Ekko.Core.Features.ActionPlans;
using Ekko.Core.Formats;
using Ekko.Server.Api;

namespace Ekko.Server.Features.ActionPlans;

internal static class ActionPlanEndpoints
{
    public static void MapActionPlans(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/action-plans").WithTags("Action plans");

        group.MapGet("/", async (HttpRequest request, ListActionPlans list, CancellationToken ct) =>
        {
            ActionPlanStatus? status = null;
            if (request.Query["status"].FirstOrDefault() is { } text)
            {
                if (!RecordReader.SnakeCaseNames<ActionPlanStatus>().TryGetValue(text, out var parsed))
                {
                    return Problems.Field("status", $"expected one of {string.Join(", ", RecordReader.SnakeCaseNames<ActionPlanStatus>().Keys)}, got '{text}'");
                }

                status = parsed;
            }

            return Results.Ok(await list.HandleAsync(new ListActionPlansQuery(request.HttpContext.User.WorkspaceId(), status), ct));
        })
        .RequireAuthorization(ApiScope.Read)
        .Produces<IReadOnlyList<ActionPlanView>>()
        .WithSummary("The workspace's action plans, newest first (?status=)");

        group.MapPost("/", async (HttpRequest request, CreateActionPlan create, CancellationToken ct) =>
        {
            var (body, problem) = await JsonBody.ReadAsync(request, ct);
            return problem ?? Problems.From(await create.HandleAsync(new CreateActionPlanCommand(request.HttpContext.User.WorkspaceId(), body), ct),
                p => Results.Created($"/api/v1/action-plans/{p.Id}", p), "action plan");
        })
        .RequireAuthorization(ApiScope.Admin)
        .Produces<ActionPlanView>(StatusCodes.Status201Created)
        .ProducesValidationProblem()
        .WithSummary("Create a plan from a theme, touchpoint, insight or alert: {\"title\", \"origin\", \"origin_ref\", \"owner\"?, \"due_on\"?, \"starts_on\"?, \"metric\"?, \"touchpoint\"?, \"filters\"?, \"window_days\"?, \"cases\"?}");

        group.MapGet("/{id:guid}", async (Guid id, HttpRequest request, GetActionPlan get, CancellationToken ct) =>
            await get.HandleAsync(new GetActionPlanQuery(request.HttpContext.User.WorkspaceId(), id), ct) is { } plan ? Results.Ok(plan) : Problems.NotFound("such action plan"))
            .RequireAuthorization(ApiScope.Read)
            .Produces<ActionPlanView>()
            .WithSummary("A plan with its linked cases and its measured impact (before vs after the start, interval, significance, a sentence)");

        group.MapPatch("/{id:guid}", async (Guid id, HttpRequest request, UpdateActionPlan update, CancellationToken ct) =>
        {
            var (body, problem) = await JsonBody.ReadAsync(request, ct);
            return problem ?? Problems.From(await update.HandleAsync(new UpdateActionPlanCommand(request.HttpContext.User.WorkspaceId(), id, body), ct), Results.Ok, "such action plan");
        })
        .RequireAuthorization(ApiScope.Admin)
        .Produces<ActionPlanView>()
        .ProducesValidationProblem()
        .WithSummary("Change the fields given: title, description, owner, due_on, status (planned, in_progress, done, cancelled), starts_on, metric, touchpoint, filters, window_days, cases");
    }
}
