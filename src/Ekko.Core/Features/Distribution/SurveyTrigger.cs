namespace Ekko.Core.Features.Distribution;

/// <summary>
/// "When an interaction of <see cref="InteractionType"/> at <see cref="TouchpointId"/> (whose property
/// <see cref="PropertyName"/> equals <see cref="PropertyValue"/>) arrives, invite that customer to the survey
/// by e-mail after <see cref="DelayHours"/>." Evaluated inside the ingestion transaction, so an acknowledged
/// event always has its invitation scheduled.
/// </summary>
public sealed class SurveyTrigger
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid WorkspaceId { get; init; }
    public Guid SurveyId { get; set; }
    public required string InteractionType { get; set; }
    public Guid? TouchpointId { get; set; }
    public string? PropertyName { get; set; }
    public string? PropertyValue { get; set; }
    public int DelayHours { get; set; }
    public bool Active { get; set; } = true;
    public DateTimeOffset CreatedAt { get; init; }
}
