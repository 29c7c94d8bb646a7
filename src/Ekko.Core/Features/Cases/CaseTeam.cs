namespace Ekko.Core.Features.Cases;

/// <summary>
/// People who work cases together, and the touchpoints they answer for. Cases that reach a team go to its
/// members in turn (round-robin): <see cref="NextMember"/> counts up with every assignment.
/// </summary>
public sealed class CaseTeam
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid WorkspaceId { get; init; }
    public required string Key { get; init; }
    public required string Name { get; set; }

    /// <summary>Member user ids as a JSON array, in round-robin order.</summary>
    public string Members { get; set; } = "[]";

    /// <summary>Touchpoint ids this team is responsible for, as a JSON array.</summary>
    public string Touchpoints { get; set; } = "[]";

    public long NextMember { get; set; }
}
