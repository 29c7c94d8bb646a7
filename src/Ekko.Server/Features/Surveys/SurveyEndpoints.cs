using Ekko.Core.Features.Surveys;
using Ekko.Core.Formats;
using Ekko.Server.Api;

namespace Ekko.Server.Features.Surveys;

internal static class SurveyEndpoints
{
    public static void MapSurveys(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/survey-templates", () => Results.Ok(SurveyTemplates.All()))
            .WithTags("Surveys")
            .RequireAuthorization(ApiScope.Read)
            .Produces<IReadOnlyList<SurveyTemplate>>()
            .WithSummary("Ready-made surveys in en, sv, nb and da: relationship NPS, CSAT after delivery, CES after support, training evaluation");

        var group = routes.MapGroup("/api/v1/surveys").WithTags("Surveys");

        group.MapGet("/", async (HttpRequest request, ListSurveys list, CancellationToken ct) =>
            Results.Ok(await list.HandleAsync(new ListSurveysQuery(request.HttpContext.User.WorkspaceId()), ct)))
            .RequireAuthorization(ApiScope.Read)
            .Produces<IReadOnlyList<SurveySummary>>();

        group.MapGet("/{key}", async (string key, HttpRequest request, GetSurvey get, CancellationToken ct) =>
            await get.HandleAsync(new GetSurveyQuery(request.HttpContext.User.WorkspaceId(), key), ct) is { } survey
                ? Results.Ok(survey)
                : Problems.NotFound($"survey '{key}'"))
            .RequireAuthorization(ApiScope.Read)
            .Produces<SurveyView>();

        group.MapPost("/", async (HttpRequest request, CreateSurvey create, CancellationToken ct) =>
        {
            var (body, problem) = await JsonBody.ReadAsync(request, ct);
            return problem ?? Problems.From(
                await create.HandleAsync(new CreateSurveyCommand(request.HttpContext.User.WorkspaceId(), body), ct),
                s => Results.Created($"/api/v1/surveys/{s.Key}", s), "survey");
        })
        .RequireAuthorization(ApiScope.Admin)
        .Produces<SurveyView>(StatusCodes.Status201Created)
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithSummary("Create a draft survey");

        group.MapPost("/from-template", async (HttpRequest request, CreateSurveyFromTemplate create, CancellationToken ct) =>
        {
            var (reader, problem) = await JsonBody.ReadObjectAsync(request, ct);
            if (reader is null)
            {
                return problem!;
            }

            var template = reader.RequiredKey("template");
            var key = reader.OptionalKey("key");
            var name = reader.OptionalString("name", 200);
            var touchpoint = reader.OptionalKey("touchpoint");
            reader.RejectUnknownFields();
            if (reader.Errors.Count > 0)
            {
                return Problems.Validation(reader.Errors);
            }

            return Problems.From(
                await create.HandleAsync(new CreateSurveyFromTemplateCommand(request.HttpContext.User.WorkspaceId(), template, key, name, touchpoint), ct),
                s => Results.Created($"/api/v1/surveys/{s.Key}", s), "survey");
        })
        .RequireAuthorization(ApiScope.Admin)
        .Produces<SurveyView>(StatusCodes.Status201Created)
        .ProducesValidationProblem()
        .WithSummary("Create a draft survey from a template: {\"template\": \"delivery-csat\", \"key\"?, \"name\"?, \"touchpoint\"?}");

        group.MapPut("/{key}", async (string key, HttpRequest request, UpdateSurvey update, CancellationToken ct) =>
        {
            var (body, problem) = await JsonBody.ReadAsync(request, ct);
            return problem ?? Problems.From(
                await update.HandleAsync(new UpdateSurveyCommand(request.HttpContext.User.WorkspaceId(), key, body), ct),
                Results.Ok, $"survey '{key}'");
        })
        .RequireAuthorization(ApiScope.Admin)
        .Produces<SurveyView>()
        .ProducesValidationProblem()
        .WithSummary("Replace a survey's questions and settings; once answered, only rewording and additions are accepted");

        group.MapPost("/{key}/status", async (string key, HttpRequest request, ChangeSurveyStatus change, CancellationToken ct) =>
        {
            var (reader, problem) = await JsonBody.ReadObjectAsync(request, ct);
            if (reader is null)
            {
                return problem!;
            }

            var status = reader.RequiredEnum<SurveyStatus>("status");
            reader.RejectUnknownFields();
            return reader.Errors.Count > 0
                ? Problems.Validation(reader.Errors)
                : Problems.From(await change.HandleAsync(new ChangeSurveyStatusCommand(request.HttpContext.User.WorkspaceId(), key, status), ct), Results.Ok, $"survey '{key}'");
        })
        .RequireAuthorization(ApiScope.Admin)
        .Produces<SurveyView>()
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithSummary("Publish (active), close (closed) or return to draft: {\"status\": \"active\"}");

        group.MapGet("/{key}/lint", async (string key, HttpRequest request, LintSurvey lint, CancellationToken ct) =>
            Problems.From(await lint.HandleAsync(new LintSurveyQuery(request.HttpContext.User.WorkspaceId(), key, null), ct), Results.Ok, $"survey '{key}'"))
            .RequireAuthorization(ApiScope.Read)
            .Produces<IReadOnlyList<QuestionLint>>()
            .WithSummary("Leading, loaded, double-barrelled, absolute, jargon, length and scale warnings per question and language, with neutral rewordings");

        group.MapPost("/lint", async (HttpRequest request, LintSurvey lint, CancellationToken ct) =>
        {
            var (body, problem) = await JsonBody.ReadAsync(request, ct);
            return problem ?? Problems.From(await lint.HandleAsync(new LintSurveyQuery(request.HttpContext.User.WorkspaceId(), null, body), ct), Results.Ok, "survey");
        })
        .RequireAuthorization(ApiScope.Read)
        .Produces<IReadOnlyList<QuestionLint>>()
        .ProducesValidationProblem()
        .WithSummary("Lint an unsaved survey body (the same body as POST /surveys)");

        group.MapDelete("/{key}", async (string key, HttpRequest request, DeleteSurvey delete, CancellationToken ct) =>
            Problems.From(await delete.HandleAsync(new DeleteSurveyCommand(request.HttpContext.User.WorkspaceId(), key), ct),
                _ => Results.NoContent(), $"survey '{key}'"))
            .RequireAuthorization(ApiScope.Admin)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Delete a survey nobody has answered");
    }
}
