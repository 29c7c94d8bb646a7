namespace Ekko.Core.Features.Journeys;

/// <summary>A journey map: stages left to right, each with its touchpoints in order.</summary>
public sealed record JourneyView(string Key, string Name, string? Description, IReadOnlyList<JourneyStageView> Stages);

public sealed record JourneyStageView(string Name, IReadOnlyList<TouchpointView> Touchpoints);
