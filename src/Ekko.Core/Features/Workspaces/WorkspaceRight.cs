namespace Ekko.Core.Features.Workspaces;

/// <summary>What a member may do in a workspace. The web app asks for one of these on every page and again before every change.</summary>
public enum WorkspaceRight
{
    /// <summary>Dashboards, journey map, responses, insights: everyone but agents, whose work is the case inbox.</summary>
    ViewAnalytics,

    /// <summary>Customer profiles and timelines: everyone, agents need them to work a case.</summary>
    ViewCustomers,

    /// <summary>Export responses to files: analysts and up (exports leave the system's access control).</summary>
    ExportData,

    /// <summary>See and work follow-up cases.</summary>
    WorkCases,

    /// <summary>Create and change surveys, their distribution, action plans and the theme taxonomy.</summary>
    EditSurveys,

    /// <summary>Members, API keys, webhooks, retention: admins and owners.</summary>
    ManageWorkspace,
}

/// <summary>The one table of which role may do what.</summary>
public static class WorkspaceRights
{
    public static bool Allows(this WorkspaceRole role, WorkspaceRight right) => right switch
    {
        WorkspaceRight.ViewAnalytics => role is not WorkspaceRole.Agent,
        WorkspaceRight.ViewCustomers => true,
        WorkspaceRight.ExportData => role is WorkspaceRole.Owner or WorkspaceRole.Admin or WorkspaceRole.Analyst,
        WorkspaceRight.WorkCases => role is not WorkspaceRole.Viewer,
        WorkspaceRight.EditSurveys => role is WorkspaceRole.Owner or WorkspaceRole.Admin or WorkspaceRole.Analyst,
        WorkspaceRight.ManageWorkspace => role is WorkspaceRole.Owner or WorkspaceRole.Admin,
        _ => false,
    };
}
