using Ekko.Core.Features.Cases;
using Ekko.Server.Api;

namespace Ekko.Server.Features.Cases;

/// <summary>What an admin sets up once: case rules, teams, the SLA and business calendar, reply templates.</summary>
internal static class CaseSetupEndpoints
{
    public static void MapCaseSetup(this IEndpointRouteBuilder routes)
    {
        var rules = routes.MapGroup("/api/v1/case-rules").WithTags("Cases");
        rules.MapGet("/", async (HttpRequest request, ListCaseRules list, CancellationToken ct) =>
            Results.Ok(await list.HandleAsync(new ListCaseRulesQuery(request.HttpContext.User.WorkspaceId()), ct)))
            .RequireAuthorization(ApiScope.Read)
            .Produces<IReadOnlyList<CaseRuleView>>();
        rules.MapPost("/", async (HttpRequest request, CreateCaseRule create, CancellationToken ct) =>
        {
            var (body, problem) = await JsonBody.ReadAsync(request, ct);
            return problem ?? Problems.From(await create.HandleAsync(new CreateCaseRuleCommand(request.HttpContext.User.WorkspaceId(), body), ct),
                r => Results.Created($"/api/v1/case-rules/{r.Id}", r), "case rule");
        })
        .RequireAuthorization(ApiScope.Admin)
        .Produces<CaseRuleView>(StatusCodes.Status201Created)
        .ProducesValidationProblem()
        .WithSummary("Open cases for responses that match: {\"name\", \"metric\"?, \"max_score\"?, \"keywords\"?, \"customer_attribute\"?, \"customer_attribute_value\"?, \"touchpoint\"?, \"priority\"?, \"raise_priority\"?, \"team\"?, \"position\"?, \"active\"?}");
        rules.MapPut("/{id:guid}", async (Guid id, HttpRequest request, UpdateCaseRule update, CancellationToken ct) =>
        {
            var (body, problem) = await JsonBody.ReadAsync(request, ct);
            return problem ?? Problems.From(await update.HandleAsync(new UpdateCaseRuleCommand(request.HttpContext.User.WorkspaceId(), id, body), ct), Results.Ok, "such case rule");
        })
        .RequireAuthorization(ApiScope.Admin)
        .Produces<CaseRuleView>()
        .ProducesValidationProblem();
        rules.MapDelete("/{id:guid}", async (Guid id, HttpRequest request, DeleteCaseRule delete, CancellationToken ct) =>
            Problems.From(await delete.HandleAsync(new DeleteCaseRuleCommand(request.HttpContext.User.WorkspaceId(), id), ct), _ => Results.NoContent(), "such case rule"))
            .RequireAuthorization(ApiScope.Admin)
            .Produces(StatusCodes.Status204NoContent);

        var teams = routes.MapGroup("/api/v1/case-teams").WithTags("Cases");
        teams.MapGet("/", async (HttpRequest request, ListCaseTeams list, CancellationToken ct) =>
            Results.Ok(await list.HandleAsync(new ListCaseTeamsQuery(request.HttpContext.User.WorkspaceId()), ct)))
            .RequireAuthorization(ApiScope.Read)
            .Produces<IReadOnlyList<CaseTeamView>>();
        teams.MapPut("/{key}", async (string key, HttpRequest request, SaveCaseTeam save, CancellationToken ct) =>
        {
            var (body, problem) = await JsonBody.ReadAsync(request, ct);
            return problem ?? Problems.From(await save.HandleAsync(new SaveCaseTeamCommand(request.HttpContext.User.WorkspaceId(), key, body), ct), Results.Ok, "team");
        })
        .RequireAuthorization(ApiScope.Admin)
        .Produces<CaseTeamView>()
        .ProducesValidationProblem()
        .WithSummary("Create or replace a team: {\"name\", \"members\": [e-mails, in round-robin order], \"touchpoints\"?: [keys it answers for]}");
        teams.MapDelete("/{key}", async (string key, HttpRequest request, DeleteCaseTeam delete, CancellationToken ct) =>
            Problems.From(await delete.HandleAsync(new DeleteCaseTeamCommand(request.HttpContext.User.WorkspaceId(), key), ct), _ => Results.NoContent(), $"team '{key}'"))
            .RequireAuthorization(ApiScope.Admin)
            .Produces(StatusCodes.Status204NoContent);

        routes.MapGet("/api/v1/case-settings", async (HttpRequest request, GetCaseSettings get, CancellationToken ct) =>
            Results.Ok(await get.HandleAsync(new GetCaseSettingsQuery(request.HttpContext.User.WorkspaceId()), ct)))
            .WithTags("Cases")
            .RequireAuthorization(ApiScope.Read)
            .Produces<CaseSettingsView>();
        routes.MapPut("/api/v1/case-settings", async (HttpRequest request, UpdateCaseSettings update, CancellationToken ct) =>
        {
            var (body, problem) = await JsonBody.ReadAsync(request, ct);
            return problem ?? Problems.From(await update.HandleAsync(new UpdateCaseSettingsCommand(request.HttpContext.User.WorkspaceId(), body), ct), Results.Ok, "settings");
        })
        .WithTags("Cases")
        .RequireAuthorization(ApiScope.Admin)
        .Produces<CaseSettingsView>()
        .ProducesValidationProblem()
        .WithSummary("SLA and business calendar: first_contact_hours, resolution_hours, warn_before_hours, day_start, day_end, workdays, holidays, dedup_days, max_response_age_days");

        var templates = routes.MapGroup("/api/v1/case-reply-templates").WithTags("Cases");
        templates.MapGet("/", async (HttpRequest request, ListCaseReplyTemplates list, CancellationToken ct) =>
            Results.Ok(await list.HandleAsync(new ListCaseReplyTemplatesQuery(request.HttpContext.User.WorkspaceId()), ct)))
            .RequireAuthorization(ApiScope.Read)
            .Produces<IReadOnlyList<CaseReplyTemplateView>>();
        templates.MapPut("/{key}", async (string key, HttpRequest request, SaveCaseReplyTemplate save, CancellationToken ct) =>
        {
            var (body, problem) = await JsonBody.ReadAsync(request, ct);
            return problem ?? Problems.From(await save.HandleAsync(new SaveCaseReplyTemplateCommand(request.HttpContext.User.WorkspaceId(), key, body), ct), Results.Ok, "template");
        })
        .RequireAuthorization(ApiScope.Admin)
        .Produces<CaseReplyTemplateView>()
        .ProducesValidationProblem()
        .WithSummary("Create or replace one language of a reply template: {\"language\", \"subject\", \"body\"}");
        templates.MapDelete("/{key}", async (string key, HttpRequest request, DeleteCaseReplyTemplate delete, CancellationToken ct) =>
            Problems.From(await delete.HandleAsync(new DeleteCaseReplyTemplateCommand(request.HttpContext.User.WorkspaceId(), key), ct), _ => Results.NoContent(), $"reply template '{key}'"))
            .RequireAuthorization(ApiScope.Admin)
            .Produces(StatusCodes.Status204NoContent);
    }
}
