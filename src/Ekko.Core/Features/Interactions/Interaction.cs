namespace Ekko.Core.Features.Interactions;

/// <summary>An event at a touchpoint, sent by a CRM, shop, helpdesk or web tracker.</summary>
public sealed class Interaction
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid WorkspaceId { get; init; }

    /// <summary>The sender's event id; the idempotency key (the same event sent twice is stored once).</summary>
    public required string ExternalId { get; init; }

    public Guid? CustomerId { get; init; }
    public required string Type { get; init; }
    public Guid? TouchpointId { get; init; }
    public string? Channel { get; init; }
    public DateTimeOffset OccurredAt { get; init; }

    /// <summary>Free properties as a JSON object (order id, campaign, wait minutes, ...).</summary>
    public string Properties { get; init; } = "{}";

    public DateTimeOffset ReceivedAt { get; init; }
}
