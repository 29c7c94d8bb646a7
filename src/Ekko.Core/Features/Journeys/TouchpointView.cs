namespace Ekko.Core.Features.Journeys;

public sealed record TouchpointView(string Key, string Name, JourneyPhase Stage, TouchpointCategory Category, string? Channel, string? Description)
{
    public static TouchpointView From(Touchpoint t) => new(t.Key, t.Name, t.Stage, t.Category, t.Channel, t.Description);
}
