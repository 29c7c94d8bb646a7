using System.Security.Claims;
using System.Text.Encodings.Web;
using Ekko.Core.Features.Workspaces;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Ekko.Server.Api;

/// <summary>
/// Authenticates API calls by key: <c>Authorization: Bearer ekko_...</c> or <c>X-Api-Key: ekko_...</c>.
/// The key decides the workspace; nothing in the request can point it at another one.
/// </summary>
internal sealed class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AuthenticateApiKey authenticate)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string WorkspaceClaim = "ekko:workspace";
    public const string ScopeClaim = "ekko:scope";
    public const string KeyClaim = "ekko:key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = PresentedKey(Request);
        if (presented is null)
        {
            return AuthenticateResult.NoResult();
        }

        var identity = await authenticate.HandleAsync(presented, Context.RequestAborted);
        if (identity is null)
        {
            // The key itself is never logged; its public prefix is enough to trace it.
            return AuthenticateResult.Fail("invalid or revoked API key");
        }

        var claims = new[]
        {
            new Claim(WorkspaceClaim, identity.WorkspaceId.ToString()),
            new Claim(ScopeClaim, identity.Scope.ToString()),
            new Claim(KeyClaim, identity.Prefix),
        };
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer realm=\"ekko\"";
        await Results.Problem(
            title: "Authentication required",
            detail: "Send an API key as 'Authorization: Bearer ekko_...' or 'X-Api-Key: ekko_...'. Keys are created under Settings > API keys or with 'ekko api-key create'.",
            statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(Context);
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        await Results.Problem(
            title: "Forbidden",
            detail: "This API key's scope does not allow this call.",
            statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(Context);

    private static string? PresentedKey(HttpRequest request)
    {
        if (request.Headers.TryGetValue("X-Api-Key", out var header) && !string.IsNullOrWhiteSpace(header))
        {
            return header.ToString().Trim();
        }

        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization["Bearer ".Length..].Trim() : null;
    }
}
