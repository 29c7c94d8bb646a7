namespace Ekko.Core.Features.Cases;

/// <summary>
/// One line of a case's audit trail: who did what when, with the values before and after. Notes are events
/// too (kind <c>note</c>), so the trail is the case's whole history in one order. Rows are only ever added.
/// </summary>
public sealed class CaseEvent
{
    /// <summary>
    /// Strictly increasing within a process, so events written at the same (fake or real) instant keep the
    /// order they happened in: the trail is sorted by time, then by id.
    /// </summary>
    public Guid Id { get; init; } = NextId();
    public Guid WorkspaceId { get; init; }
    public Guid CaseId { get; init; }
    public DateTimeOffset At { get; init; }

    /// <summary>Who: <c>api-key:PREFIX</c>, <c>user:EMAIL</c>, <c>rule:NAME</c> or <c>system</c>.</summary>
    public required string Actor { get; init; }

    /// <summary>created, status, priority, assignee, team, resolution, note, reply, contact, follow_up_survey, response_linked, sla_warning, sla_breach, linked_plan.</summary>
    public required string Kind { get; init; }

    public string? From { get; init; }
    public string? To { get; init; }

    /// <summary>Free text: the note, the reply's subject, why a rule matched.</summary>
    public string? Text { get; init; }

    private static long lastMilliseconds;

    private static Guid NextId()
    {
        var now = TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds();
        while (true)
        {
            var last = Volatile.Read(ref lastMilliseconds);
            var next = Math.Max(now, last + 1);
            if (Interlocked.CompareExchange(ref lastMilliseconds, next, last) == last)
            {
                return Guid.CreateVersion7(DateTimeOffset.FromUnixTimeMilliseconds(next));
            }
        }
    }
}
