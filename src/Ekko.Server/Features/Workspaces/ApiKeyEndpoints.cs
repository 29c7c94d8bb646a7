using Ekko.Core.Features.Workspaces;
using Ekko.Core.Formats;
using Ekko.Server.Api;

namespace Ekko.Server.Features.Workspaces;

internal static class ApiKeyEndpoints
{
    public static void MapApiKeys(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/api-keys").WithTags("API keys").RequireAuthorization(ApiScope.Admin);

        group.MapGet("/", async (HttpRequest request, ListApiKeys list, CancellationToken ct) =>
            Results.Ok(await list.HandleAsync(new ListApiKeysQuery(request.HttpContext.User.WorkspaceId()), ct)))
            .Produces<IReadOnlyList<ApiKeyView>>()
            .WithSummary("The workspace's API keys (never their secrets)");

        group.MapPost("/", async (HttpRequest request, CreateApiKey create, CancellationToken ct) =>
        {
            var (reader, problem) = await JsonBody.ReadObjectAsync(request, ct);
            if (reader is null)
            {
                return problem!;
            }

            var name = reader.RequiredString("name", 200);
            var scope = reader.RequiredEnum<ApiKeyScope>("scope");
            reader.RejectUnknownFields();
            if (reader.Errors.Count > 0)
            {
                return Problems.Validation(reader.Errors);
            }

            var key = await create.HandleAsync(new CreateApiKeyCommand(request.HttpContext.User.WorkspaceId(), name, scope), ct);
            return Results.Created($"/api/v1/api-keys/{key.Id}", key);
        })
        .Accepts<CreateApiKeyBody>("application/json")
        .Produces<ApiKeyView>(StatusCodes.Status201Created)
        .ProducesValidationProblem()
        .WithSummary("Create an API key; its 'key' is shown in this answer only");

        group.MapDelete("/{id:guid}", async (Guid id, HttpRequest request, RevokeApiKey revoke, CancellationToken ct) =>
            await revoke.HandleAsync(new RevokeApiKeyCommand(request.HttpContext.User.WorkspaceId(), id), ct)
                ? Results.NoContent()
                : Problems.NotFound("such API key"))
            .Produces(StatusCodes.Status204NoContent)
            .WithSummary("Revoke an API key");
    }

    internal sealed record CreateApiKeyBody(string Name, ApiKeyScope Scope);
}
