namespace Ekko.Core.Features.Distribution;

/// <summary>
/// One respondent's way through a survey, saved answer by answer so that nothing is lost when they stop and a
/// return visit resumes. It becomes a <see cref="Responses.Response"/> (the store metrics read) when completed,
/// or as a partial response once it has been idle for the configured time (<see cref="RecordIdleSessions"/>).
/// </summary>
public sealed class SurveySession
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid WorkspaceId { get; init; }
    public Guid SurveyId { get; init; }
    public Guid? InvitationId { get; init; }
    public Guid? CustomerId { get; init; }

    /// <summary>link, email or widget.</summary>
    public required string Channel { get; init; }

    public required string Language { get; set; }

    /// <summary>The answers so far as a JSON object keyed by question id (<see cref="Surveys.SurveyAnswer"/>).</summary>
    public string Answers { get; set; } = "{}";

    /// <summary>Dimensions the response will carry: the triggering event's properties, the widget's page.</summary>
    public string Attributes { get; init; } = "{}";

    public DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>When its response was stored; after that the session is read-only.</summary>
    public DateTimeOffset? RecordedAt { get; set; }

    /// <summary>The response's id in the responses store: stable, so recording twice stores once.</summary>
    public string ResponseId => $"ekko-{Id:N}";
}
