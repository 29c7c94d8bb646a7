using System.Security.Claims;
using Ekko.Core.Features.Workspaces;

namespace Ekko.Server.Api;

/// <summary>Authorization policies named after API key scopes, and the workspace an authenticated key speaks for.</summary>
internal static class ApiScope
{
    public const string Ingest = "scope:ingest";
    public const string Read = "scope:read";
    public const string Admin = "scope:admin";

    public static void AddPolicies(Microsoft.AspNetCore.Authorization.AuthorizationOptions options)
    {
        foreach (var (policy, scope) in new[] { (Ingest, ApiKeyScope.Ingest), (Read, ApiKeyScope.Read), (Admin, ApiKeyScope.Admin) })
        {
            options.AddPolicy(policy, p => p
                .AddAuthenticationSchemes(ApiKeyAuthentication.SchemeName)
                .RequireAuthenticatedUser()
                .RequireAssertion(c => Enum.TryParse<ApiKeyScope>(c.User.FindFirstValue(ApiKeyAuthentication.ScopeClaim), out var granted) && granted.Allows(scope)));
        }
    }

    public static Guid WorkspaceId(this ClaimsPrincipal user) =>
        Guid.Parse(user.FindFirstValue(ApiKeyAuthentication.WorkspaceClaim) ?? throw new InvalidOperationException("not an API key principal"));
}
