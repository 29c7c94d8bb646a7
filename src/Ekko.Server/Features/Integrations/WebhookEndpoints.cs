using Ekko.Core.Features.Integrations;
using Ekko.Server.Api;

namespace Ekko.Server.Features.Integrations;

internal static class WebhookEndpoints
{
    public static void MapWebhooks(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/webhooks").WithTags("Webhooks");

        group.MapGet("/", async (HttpRequest request, ListWebhooks list, CancellationToken ct) =>
            Results.Ok(await list.HandleAsync(new ListWebhooksQuery(request.HttpContext.User.WorkspaceId()), ct)))
            .RequireAuthorization(ApiScope.Admin)
            .Produces<IReadOnlyList<WebhookView>>();

        group.MapPost("/", async (HttpRequest request, CreateWebhook create, CancellationToken ct) =>
        {
            var (body, problem) = await JsonBody.ReadAsync(request, ct);
            return problem ?? Problems.From(await create.HandleAsync(new CreateWebhookCommand(request.HttpContext.User.WorkspaceId(), body), ct),
                w => Results.Created($"/api/v1/webhooks/{w.Id}", w), "webhook");
        })
        .RequireAuthorization(ApiScope.Admin)
        .Produces<WebhookView>(StatusCodes.Status201Created)
        .ProducesValidationProblem()
        .WithSummary("Subscribe a URL: {\"url\", \"events\": [response.created, case.created, case.updated, case.sla_breached, alert.raised, action_plan.updated], \"format\"?: \"json\"|\"slack\"}; the answer shows the signing secret once");

        group.MapPatch("/{id:guid}", async (Guid id, HttpRequest request, UpdateWebhook update, CancellationToken ct) =>
        {
            var (body, problem) = await JsonBody.ReadAsync(request, ct);
            return problem ?? Problems.From(await update.HandleAsync(new UpdateWebhookCommand(request.HttpContext.User.WorkspaceId(), id, body), ct), Results.Ok, "such webhook");
        })
        .RequireAuthorization(ApiScope.Admin)
        .Produces<WebhookView>()
        .ProducesValidationProblem()
        .WithSummary("Change url, events, format or active; {\"active\": true} turns a disabled subscription on again");

        group.MapDelete("/{id:guid}", async (Guid id, HttpRequest request, DeleteWebhook delete, CancellationToken ct) =>
            Problems.From(await delete.HandleAsync(new DeleteWebhookCommand(request.HttpContext.User.WorkspaceId(), id), ct), _ => Results.NoContent(), "such webhook"))
            .RequireAuthorization(ApiScope.Admin)
            .Produces(StatusCodes.Status204NoContent);

        group.MapGet("/{id:guid}/deliveries", async (Guid id, HttpRequest request, ListWebhookDeliveries list, CancellationToken ct) =>
            await list.HandleAsync(new ListWebhookDeliveriesQuery(request.HttpContext.User.WorkspaceId(), id), ct) is { } log ? Results.Ok(log) : Problems.NotFound("such webhook"))
            .RequireAuthorization(ApiScope.Admin)
            .Produces<IReadOnlyList<WebhookDeliveryView>>()
            .WithSummary("The delivery log, newest first: status, attempts, last status code and error, next attempt");
    }
}
