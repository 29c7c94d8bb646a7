using Ekko.Core.Features.Workspaces;
using Microsoft.AspNetCore.Components.Authorization;

namespace Ekko.Server.Components.Pages.Insights;

/// <summary>
/// The guard before every change the insights page makes. The page's <see cref="MyWorkspace"/> was read when it
/// opened and a circuit can live for hours, so the membership is read again on the server: a member whose role
/// was lowered meanwhile is refused, whatever the page still shows.
/// </summary>
public static class InsightsActor
{
    /// <returns>Who acts, for the alert's and the case's trail (<c>user:EMAIL</c>), or null when the member may not.</returns>
    public static async Task<string?> ActorAsync(Task<AuthenticationState>? authentication, ListMyWorkspaces workspaces, MyWorkspace workspace, WorkspaceRight right)
    {
        if (!workspace.Can(right) || authentication is null)
        {
            return null;
        }

        var user = (await authentication).User;
        if (user.UserId() is not { } userId || user.FindFirst(System.Security.Claims.ClaimTypes.Email)?.Value is not { Length: > 0 } email)
        {
            return null;
        }

        var current = (await workspaces.HandleAsync(new ListMyWorkspacesQuery(userId), CancellationToken.None)).FirstOrDefault(w => w.Id == workspace.Id);
        return current?.Can(right) == true ? $"user:{email}" : null;
    }
}
