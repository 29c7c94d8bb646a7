namespace Ekko.Core.Features.Cases;

/// <summary>
/// An e-mail reply to a customer with placeholders: <c>{{customer.name}}</c>, <c>{{case.number}}</c>,
/// <c>{{case.title}}</c>, <c>{{agent}}</c>, <c>{{workspace}}</c>. One per key and language.
/// </summary>
public sealed class CaseReplyTemplate
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid WorkspaceId { get; init; }
    public required string Key { get; init; }
    public required string Language { get; init; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
}
