namespace Ekko.Core.Features.Journeys;

/// <summary>A customer journey: ordered stages, each holding ordered touchpoints, so a journey map can be drawn.</summary>
public sealed class Journey
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid WorkspaceId { get; init; }
    public required string Key { get; init; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public List<JourneyStage> Stages { get; init; } = [];
    public DateTimeOffset CreatedAt { get; init; }
}

public sealed class JourneyStage
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid JourneyId { get; init; }
    public int Position { get; set; }
    public required string Name { get; set; }
    public List<JourneyStageTouchpoint> Touchpoints { get; init; } = [];
}

public sealed class JourneyStageTouchpoint
{
    public Guid StageId { get; init; }
    public Guid TouchpointId { get; init; }
    public int Position { get; set; }
}
