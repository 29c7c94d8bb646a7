using System.Security.Claims;

namespace Ekko.Server.Api;

/// <summary>Who a request acts as, for audit trails: the API key by its public prefix (never the key itself).</summary>
internal static class AuditActor
{
    public static string Actor(this ClaimsPrincipal user) =>
        user.FindFirstValue(ApiKeyAuthentication.KeyClaim) is { } prefix ? $"api-key:{prefix}"
        : user.FindFirstValue(ClaimTypes.Email) is { } email ? $"user:{email}"
        : "unknown";
}
