namespace Ekko.Core.Features.Workspaces;

/// <summary>A brand or business unit. Every piece of customer data belongs to exactly one workspace.</summary>
public sealed class Workspace
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; init; }
    public required string Name { get; set; }

    /// <summary>URL- and CLI-friendly name, unique across the installation.</summary>
    public required string Slug { get; set; }

    public string DefaultLanguage { get; set; } = "en";
    public DateTimeOffset CreatedAt { get; init; }
}
