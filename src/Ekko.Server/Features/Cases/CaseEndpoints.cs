using Ekko.Core.Features.Cases;
using Ekko.Core.Formats;
using Ekko.Server.Api;

namespace Ekko.Server.Features.Cases;

internal static class CaseEndpoints
{
    private static readonly string[] InboxParameters = ["status", "priority", "team", "assignee", "customer", "touchpoint", "sla", "source", "limit", "cursor"];

    public static void MapCases(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/cases").WithTags("Cases");

        group.MapGet("/", async (HttpRequest request, ListCases list, CancellationToken ct) =>
        {
            var errors = new List<FieldError>();
            foreach (var unknown in request.Query.Keys.Where(k => !InboxParameters.Contains(k)))
            {
                errors.Add(new FieldError(unknown, $"is not a filter of the inbox; filters: {string.Join(", ", InboxParameters)}"));
            }

            var statuses = request.Query["status"].OfType<string>().Select(s => Enum<CaseStatus>(s, "status", errors)).OfType<CaseStatus>().ToList();
            var priority = request.Query["priority"].FirstOrDefault() is { } p ? Enum<CasePriority>(p, "priority", errors) : null;
            var source = request.Query["source"].FirstOrDefault() is { } s ? Enum<CaseSource>(s, "source", errors) : null;
            var sla = request.Query["sla"].FirstOrDefault();
            if (sla is not null && !ListCases.SlaStates.Contains(sla))
            {
                errors.Add(new FieldError("sla", $"expected one of {string.Join(", ", ListCases.SlaStates)}, got '{sla}'"));
            }

            var limit = QueryParameters.Limit(request, 50, ListCases.MaxLimit, errors);
            var cursor = QueryParameters.Cursor(request, 2, errors, ListCases.IsValidCursor);
            if (errors.Count > 0)
            {
                return Problems.Validation(errors);
            }

            return Results.Ok(await list.HandleAsync(new ListCasesQuery(
                request.HttpContext.User.WorkspaceId(), statuses, priority, request.Query["team"].FirstOrDefault(), request.Query["assignee"].FirstOrDefault(),
                request.Query["customer"].FirstOrDefault(), request.Query["touchpoint"].FirstOrDefault(), sla, source, cursor, limit ?? 50), ct));
        })
        .RequireAuthorization(ApiScope.Read)
        .Produces<Page<CaseView>>()
        .ProducesValidationProblem()
        .WithSummary("The case inbox, newest first: ?status=new&status=reopened (default: all open), priority, team, assignee (e-mail or none), customer, touchpoint, sla (breached, at_risk, on_track, paused), source, limit, cursor");

        group.MapPost("/", async (HttpRequest request, CreateCase create, CancellationToken ct) =>
        {
            var (body, problem) = await JsonBody.ReadAsync(request, ct);
            return problem ?? Problems.From(
                await create.HandleAsync(new CreateCaseCommand(request.HttpContext.User.WorkspaceId(), body, request.HttpContext.User.Actor()), ct),
                c => Results.Created($"/api/v1/cases/{c.Case.Id}", c), "case");
        })
        .RequireAuthorization(ApiScope.Admin)
        .Produces<CaseDetail>(StatusCodes.Status201Created)
        .ProducesValidationProblem()
        .WithSummary("Open a case by hand, or for an alert (once per alert id): {\"title\", \"customer\"?, \"priority\"?, \"team\"?, \"assignee\"?, \"touchpoint\"?, \"response\"?, \"alert\"?}");

        group.MapPost("/bulk", async (HttpRequest request, BulkUpdateCases bulk, CancellationToken ct) =>
        {
            var (body, problem) = await JsonBody.ReadAsync(request, ct);
            return problem ?? Problems.From(
                await bulk.HandleAsync(new BulkUpdateCasesCommand(request.HttpContext.User.WorkspaceId(), body, request.HttpContext.User.Actor()), ct),
                Results.Ok, "case");
        })
        .RequireAuthorization(ApiScope.Admin)
        .Produces<BulkUpdateResult>()
        .ProducesValidationProblem()
        .WithSummary("Change many cases at once, all or nothing: {\"cases\": [ids], \"status\"?, \"priority\"?, \"team\"?, \"assignee\"?, \"resolution_code\"?, \"root_cause\"?}");

        group.MapGet("/{id:guid}", async (Guid id, HttpRequest request, GetCase get, CancellationToken ct) =>
            await get.HandleAsync(new GetCaseQuery(request.HttpContext.User.WorkspaceId(), id), ct) is { } detail ? Results.Ok(detail) : Problems.NotFound("such case"))
            .RequireAuthorization(ApiScope.Read)
            .Produces<CaseDetail>()
            .WithSummary("A case with its full audit trail (who, what, when) and linked action plans");

        group.MapPatch("/{id:guid}", async (Guid id, HttpRequest request, UpdateCase update, CancellationToken ct) =>
        {
            var (body, problem) = await JsonBody.ReadAsync(request, ct);
            return problem ?? Problems.From(
                await update.HandleAsync(new UpdateCaseCommand(request.HttpContext.User.WorkspaceId(), id, body, request.HttpContext.User.Actor()), ct),
                Results.Ok, "such case");
        })
        .RequireAuthorization(ApiScope.Admin)
        .Produces<CaseDetail>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithSummary("Change status (new, in_progress, waiting_for_customer, resolved, closed, reopened), priority, team, assignee, resolution_code, root_cause; \"version\" guards against lost updates");

        group.MapPost("/{id:guid}/notes", async (Guid id, HttpRequest request, AddCaseNote note, CancellationToken ct) =>
        {
            var (body, problem) = await JsonBody.ReadAsync(request, ct);
            return problem ?? Problems.From(
                await note.HandleAsync(new AddCaseNoteCommand(request.HttpContext.User.WorkspaceId(), id, body, request.HttpContext.User.Actor()), ct),
                Results.Ok, "such case");
        })
        .RequireAuthorization(ApiScope.Admin)
        .Produces<CaseDetail>()
        .ProducesValidationProblem()
        .WithSummary("Add a note: {\"text\", \"contact\"?: \"phone\"|\"email\"|\"chat\"|\"meeting\"} (a contact stops the first-contact clock)");

        group.MapPost("/{id:guid}/replies", async (Guid id, HttpRequest request, SendCaseReply reply, CancellationToken ct) =>
        {
            var (body, problem) = await JsonBody.ReadAsync(request, ct);
            return problem ?? Problems.From(
                await reply.HandleAsync(new SendCaseReplyCommand(request.HttpContext.User.WorkspaceId(), id, body, request.HttpContext.User.Actor()), ct),
                Results.Ok, "such case");
        })
        .RequireAuthorization(ApiScope.Admin)
        .Produces<CaseDetail>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithSummary("E-mail the customer: {\"template\": \"KEY\"} or {\"subject\", \"body\"}, placeholders {{customer.name}}, {{case.number}}, {{case.title}}, {{agent}}, {{workspace}}");

        group.MapPost("/{id:guid}/follow-up-survey", async (Guid id, HttpRequest request, SendCaseFollowUpSurvey send, CancellationToken ct) =>
        {
            var (body, problem) = await JsonBody.ReadAsync(request, ct);
            return problem ?? Problems.From(
                await send.HandleAsync(new SendCaseFollowUpSurveyCommand(request.HttpContext.User.WorkspaceId(), id, body, request.HttpContext.User.Actor()), ct),
                r => Results.Accepted("/api/v1/invitations", r), "such case");
        })
        .RequireAuthorization(ApiScope.Admin)
        .Produces<FollowUpSurveyResult>(StatusCodes.Status202Accepted)
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithSummary("After resolution, invite the customer to a survey again: {\"survey\": \"KEY\", \"send_at\"?}");
    }

    private static TEnum? Enum<TEnum>(string text, string field, List<FieldError> errors)
        where TEnum : struct, System.Enum
    {
        if (RecordReader.SnakeCaseNames<TEnum>().TryGetValue(text, out var value))
        {
            return value;
        }

        errors.Add(new FieldError(field, $"expected one of {string.Join(", ", RecordReader.SnakeCaseNames<TEnum>().Keys)}, got '{text}'"));
        return null;
    }
}
