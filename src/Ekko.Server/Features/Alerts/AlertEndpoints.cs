using System.Text.Json.Nodes;
using Ekko.Core.Features.ActionPlans;
using Ekko.Core.Features.Alerts;
using Ekko.Core.Features.Cases;
using Ekko.Core.Formats;
using Ekko.Server.Api;

namespace Ekko.Server.Features.Alerts;

internal static class AlertEndpoints
{
    public static void MapAlerts(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/alerts").WithTags("Alerts");

        group.MapGet("/", async (HttpRequest request, ListAlerts list, CancellationToken ct) =>
        {
            var errors = new List<FieldError>();
            AlertStatus? status = null;
            if (request.Query["status"].FirstOrDefault() is { } text)
            {
                if (RecordReader.SnakeCaseNames<AlertStatus>().TryGetValue(text, out var parsed))
                {
                    status = parsed;
                }
                else
                {
                    errors.Add(new FieldError("status", $"expected one of {string.Join(", ", RecordReader.SnakeCaseNames<AlertStatus>().Keys)}, got '{text}'"));
                }
            }

            var from = QueryParameters.Date(request, "from", "yyyy-MM-dd", "a date", errors);
            var to = QueryParameters.Date(request, "to", "yyyy-MM-dd", "a date", errors);
            if (from > to)
            {
                errors.Add(new FieldError("from", "must not be after to"));
            }

            return errors.Count > 0
                ? Problems.Validation(errors)
                : Results.Ok(await list.HandleAsync(new ListAlertsQuery(request.HttpContext.User.WorkspaceId(), status, from, to), ct));
        })
        .RequireAuthorization(ApiScope.Read)
        .Produces<JsonArray>()
        .ProducesValidationProblem()
        .WithSummary("Stored alerts, newest period first (?status=open|acknowledged|dismissed|converted, ?from=, ?to= YYYY-MM-DD: alerts whose periods overlap)");

        group.MapGet("/{id:guid}", async (Guid id, HttpRequest request, GetAlert get, CancellationToken ct) =>
            await get.HandleAsync(new GetAlertQuery(request.HttpContext.User.WorkspaceId(), id), ct) is { } alert ? Results.Ok(alert) : Problems.NotFound("such alert"))
            .RequireAuthorization(ApiScope.Read)
            .Produces<JsonObject>()
            .WithSummary("An alert: its series and period, observed against expected with the range, severity, the stored root-cause explanation, status and links");

        group.MapPost("/{id:guid}/acknowledge", async (Guid id, HttpRequest request, AcknowledgeAlert acknowledge, CancellationToken ct) =>
            Problems.From(await acknowledge.HandleAsync(new AcknowledgeAlertCommand(request.HttpContext.User.WorkspaceId(), id, request.HttpContext.User.Actor()), ct), Results.Ok, "such alert"))
            .RequireAuthorization(ApiScope.Admin)
            .Produces<JsonObject>()
            .WithSummary("Mark the alert as seen and being looked into");

        group.MapPost("/{id:guid}/dismiss", async (Guid id, HttpRequest request, DismissAlert dismiss, CancellationToken ct) =>
            Problems.From(await dismiss.HandleAsync(new DismissAlertCommand(request.HttpContext.User.WorkspaceId(), id, request.HttpContext.User.Actor()), ct), Results.Ok, "such alert"))
            .RequireAuthorization(ApiScope.Admin)
            .Produces<JsonObject>()
            .WithSummary("Dismiss the alert (not worth acting on); it stays listed with its status");

        group.MapPost("/{id:guid}/action-plan", async (Guid id, HttpRequest request, CreateActionPlanFromAlert create, CancellationToken ct) =>
        {
            var (body, problem) = HasBody(request) ? await JsonBody.ReadAsync(request, ct) : (null, null);
            return problem ?? Problems.From(
                await create.HandleAsync(new CreateActionPlanFromAlertCommand(request.HttpContext.User.WorkspaceId(), id, body, request.HttpContext.User.Actor()), ct),
                p => Results.Created($"/api/v1/action-plans/{p.Id}", p), "such alert");
        })
        .RequireAuthorization(ApiScope.Admin)
        .Produces<ActionPlanView>(StatusCodes.Status201Created)
        .ProducesValidationProblem()
        .WithSummary("Create an action plan from the alert, scoped to its metric, touchpoint or segment; body (optional): {\"title\"?, \"description\"?, \"owner\"?, \"due_on\"?, \"starts_on\"?, \"window_days\"?, \"cases\"?, \"metric\"? (volume and theme alerts)}");

        group.MapPost("/{id:guid}/case", async (Guid id, HttpRequest request, CreateCaseFromAlert create, CancellationToken ct) =>
        {
            var (body, problem) = HasBody(request) ? await JsonBody.ReadAsync(request, ct) : (null, null);
            return problem ?? Problems.From(
                await create.HandleAsync(new CreateCaseFromAlertCommand(request.HttpContext.User.WorkspaceId(), id, body, request.HttpContext.User.Actor()), ct),
                c => Results.Created($"/api/v1/cases/{c.Case.Id}", c), "such alert");
        })
        .RequireAuthorization(ApiScope.Admin)
        .Produces<CaseDetail>(StatusCodes.Status201Created)
        .ProducesValidationProblem()
        .WithSummary("Open a case for the alert (once per alert); body (optional): {\"title\"?, \"description\"?, \"priority\"?, \"team\"?, \"assignee\"?, \"customer\"?}");

        group.MapGet("/subscribers", async (HttpRequest request, ListAlertSubscribers list, CancellationToken ct) =>
            Results.Ok(await list.HandleAsync(new ListAlertSubscribersQuery(request.HttpContext.User.WorkspaceId()), ct)))
            .RequireAuthorization(ApiScope.Read)
            .Produces<IReadOnlyList<string>>()
            .WithSummary("The members who get alerts by e-mail");

        group.MapPut("/subscribers/{email}", async (string email, HttpRequest request, SubscribeToAlerts subscribe, CancellationToken ct) =>
            Problems.From(await subscribe.HandleAsync(new SubscribeToAlertsCommand(request.HttpContext.User.WorkspaceId(), email, true), ct), Results.Ok, "member"))
            .RequireAuthorization(ApiScope.Admin)
            .Produces<IReadOnlyList<string>>()
            .ProducesValidationProblem()
            .WithSummary("A workspace member (by e-mail) gets alerts by e-mail from now on");

        group.MapDelete("/subscribers/{email}", async (string email, HttpRequest request, SubscribeToAlerts subscribe, CancellationToken ct) =>
            Problems.From(await subscribe.HandleAsync(new SubscribeToAlertsCommand(request.HttpContext.User.WorkspaceId(), email, false), ct), Results.Ok, "member"))
            .RequireAuthorization(ApiScope.Admin)
            .Produces<IReadOnlyList<string>>()
            .ProducesValidationProblem()
            .WithSummary("Stop alert e-mails to a member");
    }

    /// <summary>The body is optional: an empty POST takes everything from the alert.</summary>
    private static bool HasBody(HttpRequest request) =>
        request.ContentLength > 0 || (request.ContentLength is null && request.Headers.TransferEncoding.Count > 0);
}
