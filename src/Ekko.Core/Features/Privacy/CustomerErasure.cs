namespace Ekko.Core.Features.Privacy;

/// <summary>
/// The record that a customer's data was erased: no personal data, just the internal id and the workspace
/// change number, so that every app instance drops the customer's answers from its metrics index too.
/// </summary>
public sealed class CustomerErasure
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid WorkspaceId { get; init; }
    public Guid CustomerId { get; init; }
    public long Seq { get; init; }
    public DateTimeOffset ErasedAt { get; init; }
}
