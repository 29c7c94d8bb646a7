namespace Ekko.Core.Features.Workspaces;

/// <summary>The company that runs Ekko; it owns one or more workspaces (brands or business units).</summary>
public sealed class Organization
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
}
