namespace Ekko.Core.Features.Distribution;

/// <summary>
/// A personal invitation to answer a survey, from a trigger or sent by hand. It is the durable record of the
/// whole exchange: scheduled, then sent or skipped (with the reason), reminded, answered. The sender claims
/// due invitations with a lease, so several app instances never send the same one twice.
/// </summary>
public sealed class Invitation
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid WorkspaceId { get; init; }
    public Guid SurveyId { get; init; }
    public Guid CustomerId { get; init; }
    public Guid? TriggerId { get; init; }

    /// <summary>The interaction that fired the trigger; with <see cref="TriggerId"/> it keeps one invitation per event.</summary>
    public Guid? SourceInteractionId { get; init; }

    public InvitationStatus Status { get; set; } = InvitationStatus.Scheduled;

    /// <summary>Why it was sent, skipped or failed, in words a CX manager understands.</summary>
    public string? Reason { get; set; }

    /// <summary>Dimensions the answer will carry (the triggering event's properties such as campaign).</summary>
    public string Attributes { get; init; } = "{}";

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset DueAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public DateTimeOffset? ReminderDueAt { get; set; }
    public DateTimeOffset? ReminderSentAt { get; set; }
    public DateTimeOffset? ExpiresAt { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }

    /// <summary>Until when a sender instance holds it; others leave it alone until then.</summary>
    public DateTimeOffset? LeaseUntil { get; set; }

    /// <summary>The language the invitation was written in (chosen at sending).</summary>
    public string? Language { get; set; }
}

public enum InvitationStatus
{
    Scheduled,
    Sent,
    Skipped,
    Failed,
    Answered,
}
