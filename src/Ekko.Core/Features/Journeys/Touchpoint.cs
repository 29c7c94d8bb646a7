namespace Ekko.Core.Features.Journeys;

/// <summary>A place where the customer meets the company: an ad, the web shop's checkout, home delivery, a store.</summary>
public sealed class Touchpoint
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid WorkspaceId { get; init; }

    /// <summary>Stable slug used by integrations (<c>home-delivery</c>); unique within the workspace.</summary>
    public required string Key { get; init; }

    public required string Name { get; set; }
    public JourneyPhase Stage { get; set; }
    public TouchpointCategory Category { get; set; }
    public string? Channel { get; set; }
    public string? Description { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
}
