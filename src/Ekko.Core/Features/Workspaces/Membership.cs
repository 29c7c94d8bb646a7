namespace Ekko.Core.Features.Workspaces;

/// <summary>A user's role in one workspace; a user may belong to several workspaces with different roles.</summary>
public sealed class Membership
{
    public Guid WorkspaceId { get; init; }
    public required string UserId { get; init; }
    public WorkspaceRole Role { get; set; }
}
