using Ekko.Core.Features.Distribution;
using Ekko.Core.Formats;
using Ekko.Server.Api;

namespace Ekko.Server.Features.Distribution;

internal static class DistributionEndpoints
{
    public static void MapDistribution(this IEndpointRouteBuilder routes)
    {
        var surveys = routes.MapGroup("/api/v1/surveys/{key}").WithTags("Distribution");

        surveys.MapPost("/invitations", async (string key, HttpRequest request, InviteCustomers invite, CancellationToken ct) =>
        {
            var (body, problem) = await JsonBody.ReadAsync(request, ct);
            return problem ?? Problems.From(
                await invite.HandleAsync(new InviteCustomersCommand(request.HttpContext.User.WorkspaceId(), key, body), ct),
                r => Results.Accepted("/api/v1/invitations", r), $"survey '{key}'");
        })
        .RequireAuthorization(ApiScope.Admin)
        .Produces<InviteCustomersResult>(StatusCodes.Status202Accepted)
        .ProducesValidationProblem()
        .WithSummary("Invite customers by e-mail: {\"customers\": [\"c-1\"], \"send_at\"?: \"...\"}; checked for consent and contact limits when sent");

        surveys.MapGet("/triggers", async (string key, HttpRequest request, ListSurveyTriggers list, CancellationToken ct) =>
            await list.HandleAsync(new ListSurveyTriggersQuery(request.HttpContext.User.WorkspaceId(), key), ct) is { } triggers
                ? Results.Ok(triggers)
                : Problems.NotFound($"survey '{key}'"))
            .RequireAuthorization(ApiScope.Read)
            .Produces<IReadOnlyList<SurveyTriggerView>>();

        surveys.MapPost("/triggers", async (string key, HttpRequest request, CreateSurveyTrigger create, CancellationToken ct) =>
        {
            var (body, problem) = await JsonBody.ReadAsync(request, ct);
            return problem ?? Problems.From(
                await create.HandleAsync(new CreateSurveyTriggerCommand(request.HttpContext.User.WorkspaceId(), key, body), ct),
                t => Results.Created($"/api/v1/surveys/{key}/triggers", t), $"survey '{key}'");
        })
        .RequireAuthorization(ApiScope.Admin)
        .Produces<SurveyTriggerView>(StatusCodes.Status201Created)
        .ProducesValidationProblem()
        .WithSummary("When an interaction of a type (at a touchpoint, with a property value) arrives, invite its customer after N hours");

        routes.MapDelete("/api/v1/triggers/{id:guid}", async (Guid id, HttpRequest request, DeleteSurveyTrigger delete, CancellationToken ct) =>
            await delete.HandleAsync(new DeleteSurveyTriggerCommand(request.HttpContext.User.WorkspaceId(), id), ct) ? Results.NoContent() : Problems.NotFound("such trigger"))
            .WithTags("Distribution")
            .RequireAuthorization(ApiScope.Admin)
            .Produces(StatusCodes.Status204NoContent);

        routes.MapGet("/api/v1/contact-rules", async (HttpRequest request, GetContactRules get, CancellationToken ct) =>
            Results.Ok(await get.HandleAsync(new GetContactRulesQuery(request.HttpContext.User.WorkspaceId()), ct)))
            .WithTags("Distribution")
            .RequireAuthorization(ApiScope.Read)
            .Produces<ContactRules>()
            .WithSummary("The workspace's contact limit (days between invitations to one customer), quiet hours and time zone");

        routes.MapPut("/api/v1/contact-rules", async (HttpRequest request, SetContactRules set, CancellationToken ct) =>
        {
            var (body, problem) = await JsonBody.ReadAsync(request, ct);
            return problem ?? Problems.From(await set.HandleAsync(new SetContactRulesCommand(request.HttpContext.User.WorkspaceId(), body), ct), Results.Ok, "workspace");
        })
        .WithTags("Distribution")
        .RequireAuthorization(ApiScope.Admin)
        .Produces<ContactRules>()
        .ProducesValidationProblem()
        .WithSummary("{\"contact_limit_days\": 30, \"quiet_hours_start\": 21, \"quiet_hours_end\": 8, \"time_zone\": \"Europe/Stockholm\"}");

        routes.MapGet("/api/v1/invitations", async (HttpRequest request, ListInvitations list, CancellationToken ct) =>
        {
            var query = request.Query;
            InvitationStatus? status = null;
            if (query["status"].FirstOrDefault() is { } text)
            {
                if (!RecordReader.SnakeCaseNames<InvitationStatus>().TryGetValue(text, out var parsed))
                {
                    return Problems.Field("status", $"expected one of {string.Join(", ", RecordReader.SnakeCaseNames<InvitationStatus>().Keys)}, got '{text}'");
                }

                status = parsed;
            }

            var errors = new List<FieldError>();
            var limit = QueryParameters.Limit(request, 100, 1000, errors);
            return errors.Count > 0 ? Problems.Validation(errors) : Results.Ok(await list.HandleAsync(
                new ListInvitationsQuery(request.HttpContext.User.WorkspaceId(), query["survey"].FirstOrDefault(), query["customer"].FirstOrDefault(), status, limit ?? 100), ct));
        })
        .WithTags("Distribution")
        .RequireAuthorization(ApiScope.Read)
        .Produces<IReadOnlyList<InvitationView>>()
        .WithSummary("The invitation log, newest first, with why each was sent, skipped, postponed or failed (?survey=&customer=&status=&limit=)");
    }
}
