using System.Globalization;
using System.Text.Json.Nodes;
using Ekko.Core.Features.Insights.Churn;
using Ekko.Core.Formats;
using Ekko.Server.Api;

namespace Ekko.Server.Features.Insights;

internal static class ChurnRiskEndpoints
{
    public static void MapChurnRisk(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/churn-risk").WithTags("Insights");

        group.MapGet("/", async (HttpRequest request, ListChurnRisk list, CancellationToken ct) =>
        {
            var errors = new List<FieldError>();
            var limit = QueryParameters.Limit(request, 100, ListChurnRisk.MaxLimit, errors);
            var cursor = QueryParameters.Cursor(request, 1, errors, parts => int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out _));
            foreach (var key in request.Query.Keys.Where(k => k is not ("limit" or "cursor")))
            {
                errors.Add(new FieldError(key, "unknown parameter; use limit or cursor"));
            }

            return errors.Count > 0
                ? Problems.Validation(errors)
                : Results.Ok(await list.HandleAsync(new ListChurnRiskQuery(request.HttpContext.User.WorkspaceId(), cursor, limit!.Value), ct));
        })
        .RequireAuthorization(ApiScope.Read)
        .Produces<Page<ChurnRiskView>>()
        .ProducesValidationProblem()
        .WithSummary("Customers active today ranked by the probability of churning within 90 days, with the signals that raise it most, one page at a time");

        group.MapGet("/model", async (HttpRequest request, GetChurnModel get, CancellationToken ct) =>
            Results.Ok(await get.HandleAsync(new GetChurnModelQuery(request.HttpContext.User.WorkspaceId()), ct)))
        .RequireAuthorization(ApiScope.Read)
        .Produces<JsonObject>()
        .WithSummary("The churn model's state and out-of-time evaluation: AUC, lift in the top decile, base rate, n");

        group.MapPost("/train", async (HttpRequest request, RequestChurnTraining train, CancellationToken ct) =>
            Results.Accepted("/api/v1/churn-risk/model", await train.HandleAsync(new RequestChurnTrainingCommand(request.HttpContext.User.WorkspaceId()), ct)))
        .RequireAuthorization(ApiScope.Admin)
        .Produces<JsonObject>(StatusCodes.Status202Accepted)
        .WithSummary("Ask for the churn model to be trained now (in the background; it also trains nightly)");

        group.MapPost("/cases", async (HttpRequest request, CreateChurnCases create, CancellationToken ct) =>
        {
            var (body, problem) = await JsonBody.ReadAsync(request, ct);
            return problem ?? Problems.From(
                await create.HandleAsync(new CreateChurnCasesCommand(request.HttpContext.User.WorkspaceId(), body, request.HttpContext.User.Actor()), ct),
                r => Results.Ok(new JsonObject
                {
                    ["created"] = Cases(r.Created),
                    ["existing"] = Cases(r.Existing),
                }), "customer");
        })
        .RequireAuthorization(ApiScope.Admin)
        .Produces<JsonObject>()
        .ProducesValidationProblem()
        .WithSummary("Open a follow-up case for each at-risk customer named (once: a customer with an open churn-risk case keeps it): {\"customers\": [...], \"priority\"?, \"team\"?, \"assignee\"?}");
    }

    private static JsonArray Cases(IReadOnlyList<(string Customer, Guid CaseId, long Number)> cases) =>
        new([.. cases.Select(c => (JsonNode?)new JsonObject { ["customer"] = c.Customer, ["case"] = c.CaseId, ["number"] = c.Number })]);
}
