using System.Text.Json.Nodes;
using Ekko.Core.Features.Customers;
using Ekko.Core.Features.Privacy;
using Ekko.Core.Formats;
using Ekko.Server.Api;

namespace Ekko.Server.Features.Customers;

internal static class CustomerEndpoints
{
    private const string AttributePrefix = "attributes.";

    public static void MapCustomers(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/customers").WithTags("Customers");

        group.MapPut("/{id}", async (string id, HttpRequest request, UpsertCustomers upsert, CancellationToken ct) =>
        {
            var (body, problem) = await JsonBody.ReadAsync(request, ct);
            if (problem is not null)
            {
                return problem;
            }

            if (body is JsonObject { } obj && obj["id"] is { } given && given.ToString() != id)
            {
                return Problems.Field("id", $"the body's id '{given}' differs from the id in the URL '{id}'");
            }

            var record = RecordReader.WithDefault(body, "id", id);
            var result = await upsert.HandleAsync(new UpsertCustomersCommand(request.HttpContext.User.WorkspaceId(), [record], ItemPath: ""), ct);
            return Problems.From(result, IngestAnswer.Single);
        })
        .RequireAuthorization(ApiScope.Ingest)
        .Accepts<CustomerRecord>("application/json")
        .Produces<IngestAnswer>(StatusCodes.Status201Created)
        .ProducesValidationProblem()
        .WithSummary("Create or update a customer by the source system's id; only the fields given change");

        group.MapPost("/batch", async (HttpRequest request, UpsertCustomers upsert, CancellationToken ct) =>
        {
            var (items, problem) = await JsonBody.ReadBatchAsync(request, BatchLimits.MaxItems, ct);
            return problem ?? Problems.From(
                await upsert.HandleAsync(new UpsertCustomersCommand(request.HttpContext.User.WorkspaceId(), [.. items!]), ct),
                IngestAnswer.Batch);
        })
        .RequireAuthorization(ApiScope.Ingest)
        .Accepts<BatchBody<CustomerRecord>>("application/json")
        .Produces<IngestAnswer>()
        .ProducesValidationProblem()
        .WithSummary($"Create or update up to {BatchLimits.MaxItems} customers, all or nothing");

        group.MapDelete("/{id}", async (string id, HttpRequest request, EraseCustomer erase, CancellationToken ct) =>
            Problems.From(await erase.HandleAsync(new EraseCustomerCommand(request.HttpContext.User.WorkspaceId(), id), ct), Results.Ok, $"customer '{id}'"))
        .RequireAuthorization(ApiScope.Admin)
        .Produces<ErasureReport>()
        .WithSummary("Erase a customer with their responses and interactions (a data subject's erasure request); metrics drop their answers too");

        group.MapGet("/{id}", async (string id, HttpRequest request, GetCustomer get, CancellationToken ct) =>
            await get.HandleAsync(new GetCustomerQuery(request.HttpContext.User.WorkspaceId(), id), ct) is { } customer
                ? Results.Ok(customer)
                : Problems.NotFound($"customer '{id}'"))
        .RequireAuthorization(ApiScope.Read)
        .Produces<CustomerView>()
        .WithSummary("Get a customer by the source system's id");

        group.MapGet("/", async (HttpRequest request, ListCustomers list, CancellationToken ct) =>
        {
            var errors = new List<FieldError>();
            var limit = QueryParameters.Limit(request, 100, ListCustomers.MaxLimit, errors);
            var cursor = QueryParameters.Cursor(request, 1, errors);
            var attributes = QueryParameters.Prefixed(request, AttributePrefix, errors, "unknown filter; use language, email, limit, cursor or attributes.NAME",
                "limit", "cursor", "language", "email").ToDictionary(a => a.Key, a => a.Value.ToString(), StringComparer.Ordinal);

            if (errors.Count > 0)
            {
                return Problems.Validation(errors);
            }

            var query = new ListCustomersQuery(
                request.HttpContext.User.WorkspaceId(), attributes,
                Language: NullIfEmpty(request.Query["language"]), Email: NullIfEmpty(request.Query["email"]), After: cursor, Limit: limit!.Value);
            return Results.Ok(await list.HandleAsync(query, ct));
        })
        .RequireAuthorization(ApiScope.Read)
        .Produces<Page<CustomerView>>()
        .ProducesValidationProblem()
        .WithSummary("List customers, filtered by language, e-mail or attributes (attributes.segment=member), one page at a time");

        group.MapGet("/{id}/timeline", async (string id, HttpRequest request, GetCustomerTimeline timeline, CancellationToken ct) =>
        {
            var errors = new List<FieldError>();
            var limit = QueryParameters.Limit(request, 50, GetCustomerTimeline.MaxLimit, errors);
            var cursor = QueryParameters.Cursor(request, 3, errors, GetCustomerTimeline.IsValidCursor);
            if (errors.Count > 0)
            {
                return Problems.Validation(errors);
            }

            return await timeline.HandleAsync(new GetCustomerTimelineQuery(request.HttpContext.User.WorkspaceId(), id, cursor, limit!.Value), ct) is { } page
                ? Results.Ok(page)
                : Problems.NotFound($"customer '{id}'");
        })
        .RequireAuthorization(ApiScope.Read)
        .Produces<Page<TimelineEntry>>()
        .WithSummary("A customer's interactions and responses, newest first");
    }

    private static string? NullIfEmpty(Microsoft.Extensions.Primitives.StringValues value) => value.Count == 0 || value.ToString().Length == 0 ? null : value.ToString();
}
