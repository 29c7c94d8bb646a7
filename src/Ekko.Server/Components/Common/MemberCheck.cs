using System.Security.Claims;
using Ekko.Core.Features.Workspaces;
using Microsoft.AspNetCore.Components.Authorization;

namespace Ekko.Server.Components.Common;

/// <summary>
/// The guard before every change a page makes (cases, plans, insights). The page's <see cref="MyWorkspace"/> was read when
/// it opened; a circuit can live for hours, so the membership is read again: a member whose role was lowered
/// meanwhile is refused on the server, whatever the page still shows.
/// </summary>
public static class MemberCheck
{
    /// <returns>who acts, for the audit trail (<c>user:EMAIL</c>), or null when the member may not.</returns>
    public static async Task<string?> ActorAsync(Task<AuthenticationState>? authentication, ListMyWorkspaces workspaces, MyWorkspace workspace, WorkspaceRight right)
    {
        if (!workspace.Can(right) || authentication is null)
        {
            return null;
        }

        var user = (await authentication).User;
        if (user.UserId() is not { } userId || Email(user) is not { } email)
        {
            return null;
        }

        var current = (await workspaces.HandleAsync(new ListMyWorkspacesQuery(userId), CancellationToken.None)).FirstOrDefault(w => w.Id == workspace.Id);
        return current?.Can(right) == true ? $"user:{email}" : null;
    }

    public static string? Email(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Email) is { Length: > 0 } email ? email : null;
}
