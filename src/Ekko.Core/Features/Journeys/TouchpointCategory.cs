namespace Ekko.Core.Features.Journeys;

/// <summary>The classic touchpoint categories: what the customer meets at the touchpoint.</summary>
public enum TouchpointCategory
{
    Product,
    Interaction,
    Message,
    Environment,
}
