namespace Ekko.Core.Features.Workspaces;

public enum WorkspaceRole
{
    Owner,
    Admin,
    Analyst,
    Agent,
    Viewer,
}
