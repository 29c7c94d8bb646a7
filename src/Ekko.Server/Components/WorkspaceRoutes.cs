using System.Security.Claims;
using Ekko.Core.Features.Workspaces;
using MudBlazor;

namespace Ekko.Server.Components;

/// <summary>One entry of the navigation: where it goes inside a workspace and who may see it.</summary>
public sealed record Section(string Path, string Title, string Icon, WorkspaceRight Requires);

/// <summary>
/// Every page of a workspace lives under <c>/w/{slug}/</c>: the workspace is part of the address, so a view can be
/// shared as a link, and the server checks the membership for that slug on every page.
/// </summary>
public static class WorkspaceRoutes
{
    public static readonly IReadOnlyList<Section> Sections =
    [
        new("dashboard", "Overview", Icons.Material.Filled.Dashboard, WorkspaceRight.ViewAnalytics),
        new("journeys", "Journey map", Icons.Material.Filled.Route, WorkspaceRight.ViewAnalytics),
        new("responses", "Responses", Icons.Material.Filled.Forum, WorkspaceRight.ViewAnalytics),
        new("insights", "Insights", Icons.Material.Filled.Insights, WorkspaceRight.ViewAnalytics),
        new("cases", "Cases", Icons.Material.Filled.Inbox, WorkspaceRight.WorkCases),
        new("action-plans", "Action plans", Icons.Material.Filled.Flag, WorkspaceRight.ViewAnalytics),
        new("customers", "Customers", Icons.Material.Filled.People, WorkspaceRight.ViewCustomers),
        new("surveys", "Surveys", Icons.Material.Filled.Quiz, WorkspaceRight.ViewAnalytics),
        new("settings", "Settings", Icons.Material.Filled.Settings, WorkspaceRight.ManageWorkspace),
    ];

    /// <summary>The first section the member's role may open: agents start in their case inbox.</summary>
    public static string StartPage(MyWorkspace workspace) =>
        $"/w/{workspace.Slug}/{(Sections.FirstOrDefault(s => workspace.Can(s.Requires))?.Path ?? "customers")}";

    public static string? SlugOf(string uri)
    {
        var path = new Uri(uri).AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return path.Length >= 2 && path[0] == "w" ? Uri.UnescapeDataString(path[1]) : null;
    }

    /// <summary>The same section in another workspace when the role there allows it (filters stay behind: their values belong to the old workspace).</summary>
    public static string Switch(string uri, MyWorkspace target)
    {
        var path = new Uri(uri).AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var section = path.Length >= 3 && path[0] == "w" ? Sections.FirstOrDefault(s => s.Path == path[2]) : null;
        return section is not null && target.Can(section.Requires) ? $"/w/{target.Slug}/{section.Path}" : StartPage(target);
    }

    public static string? UserId(this ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;
}
