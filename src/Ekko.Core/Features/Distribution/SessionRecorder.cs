using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Features.Responses;
using Ekko.Core.Features.Surveys;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Distribution;

/// <summary>
/// Turns a survey session into a response in the same store as imported responses: the first NPS/CSAT/CES
/// answer becomes metric and score, the first open answer the comment, the rest <c>answers</c>; the attribute
/// <c>completion</c> says whether the respondent finished. Storing is idempotent on the session's response id,
/// so the page and the idle sweep may both record a session and it is stored once.
/// </summary>
public sealed class SessionRecorder(IDbContextFactory<EkkoDbContext> dbFactory, IngestResponses ingest, WriteGate writeGate, TimeProvider clock)
{
    /// <summary>
    /// Saves the session and, when <paramref name="record"/>, stores its response and marks its invitation
    /// answered, all in one transaction that the write gate may share with other requests' writes (one commit for
    /// many respondents on SQLite). The session is saved first in the same commit, so a crash loses neither.
    /// </summary>
    public async Task SaveAsync(SurveySession session, bool isNew, Survey survey, bool record, CancellationToken cancellationToken)
    {
        // Everything that only reads is done before taking the (on SQLite, single) writer's turn.
        (ResponseRecord Record, Dictionary<string, Guid> Touchpoints)? response = null;
        if (record)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            response = await ToRecordAsync(db, session, survey, SurveyFlow.From(survey.ReadDefinition(), session.Answers), cancellationToken);
        }

        await writeGate.WriteTogetherAsync(dbFactory, async (writer, ct) =>
        {
            if (response is var (responseRecord, touchpoints))
            {
                var stored = await ingest.WriteAsync(writer, session.WorkspaceId, [responseRecord], touchpoints, ct);
                if (!stored.Accepted)
                {
                    throw new InvalidOperationException($"session {session.Id} could not be stored: {string.Join("; ", stored.Errors.Select(e => e.Message))}");
                }

                session.RecordedAt = clock.GetUtcNow();
                if (session.InvitationId is { } invitationId)
                {
                    var answeredAt = session.CompletedAt ?? session.UpdatedAt;
                    await writer.Invitations.Where(i => i.Id == invitationId).ExecuteUpdateAsync(u => u
                        .SetProperty(i => i.Status, InvitationStatus.Answered)
                        .SetProperty(i => i.AnsweredAt, answeredAt)
                        .SetProperty(i => i.ReminderDueAt, (DateTimeOffset?)null), ct);
                }
            }

            // Prepared statements rather than change tracking: this runs once per answer, inside the writer's turn.
            if (isNew)
            {
                await BulkInsert.InsertAllAsync(writer, [session], ct);
            }
            else
            {
                await writer.SurveySessions.Where(s => s.Id == session.Id).ExecuteUpdateAsync(u => u
                    .SetProperty(s => s.Answers, session.Answers)
                    .SetProperty(s => s.Language, session.Language)
                    .SetProperty(s => s.UpdatedAt, session.UpdatedAt)
                    .SetProperty(s => s.CompletedAt, session.CompletedAt)
                    .SetProperty(s => s.RecordedAt, session.RecordedAt), ct);
            }

            return true;
        }, cancellationToken);
    }

    private static async Task<(ResponseRecord, Dictionary<string, Guid>)> ToRecordAsync(EkkoDbContext db, SurveySession session, Survey survey, SurveyFlow flow, CancellationToken cancellationToken)
    {
        var visible = flow.Visible.Where(q => flow.Answers.ContainsKey(q.Id)).ToList();
        var scored = visible.FirstOrDefault(q => q.Metric is not null);
        var comment = visible.FirstOrDefault(q => q.Type == QuestionType.OpenText);
        var answers = new JsonObject();
        foreach (var question in visible.Where(q => q != scored && q != comment))
        {
            answers[question.Id] = flow.Answers[question.Id].ToJson(question.Type);
        }

        var attributes = JsonNode.Parse(session.Attributes) as JsonObject ?? [];
        attributes["completion"] = session.CompletedAt is null ? "partial" : "complete";
        var customer = session.CustomerId is { } customerId
            ? await db.Customers.Where(c => c.Id == customerId).Select(c => c.ExternalId).FirstOrDefaultAsync(cancellationToken)
            : null;
        var touchpoint = survey.TouchpointId is { } touchpointId
            ? await db.Touchpoints.Where(t => t.Id == touchpointId).Select(t => t.Key).FirstOrDefaultAsync(cancellationToken)
            : null;
        var touchpoints = touchpoint is null ? new Dictionary<string, Guid>() : new Dictionary<string, Guid> { [touchpoint] = survey.TouchpointId!.Value };
        return (new ResponseRecord(
            session.ResponseId, survey.Key, customer, touchpoint, session.Channel, session.CompletedAt ?? session.UpdatedAt, session.Language,
            scored?.Metric, scored is null ? null : flow.Answers[scored.Id].Score, comment is null ? null : flow.Answers[comment.Id].Text,
            answers, attributes), touchpoints);
    }
}
