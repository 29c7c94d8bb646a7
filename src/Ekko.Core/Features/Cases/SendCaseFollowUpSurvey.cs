using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Features.Distribution;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Cases;

public sealed record SendCaseFollowUpSurveyCommand(Guid WorkspaceId, Guid CaseId, JsonNode? Body, string Actor);

public sealed record FollowUpSurveyResult(Guid Invitation, DateTimeOffset DueAt);

/// <summary>
/// After resolution, asks the customer again: <c>{"survey": "KEY", "send_at"?}</c> schedules an invitation
/// (consent, contact limit and quiet hours are checked when it is sent, as for every invitation). Its answer
/// lands on the customer's timeline next to the case, so the change of view can be read there.
/// </summary>
public sealed class SendCaseFollowUpSurvey(IDbContextFactory<EkkoDbContext> dbFactory, TimeProvider clock)
{
    public async Task<CommandResult<FollowUpSurveyResult>> HandleAsync(SendCaseFollowUpSurveyCommand command, CancellationToken cancellationToken)
    {
        var reader = RecordReader.For(command.Body, out var notAnObject);
        if (reader is null)
        {
            return CommandResult<FollowUpSurveyResult>.Invalid([notAnObject!]);
        }

        var surveyKey = reader.RequiredKey("survey");
        var sendAt = reader.OptionalTimestamp("send_at");
        reader.RejectUnknownFields();
        if (reader.Errors.Count > 0)
        {
            return CommandResult<FollowUpSurveyResult>.Invalid(reader.Errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var @case = await db.Cases.FirstOrDefaultAsync(c => c.WorkspaceId == command.WorkspaceId && c.Id == command.CaseId, cancellationToken);
        if (@case is null)
        {
            return CommandResult<FollowUpSurveyResult>.NotFound();
        }

        if (@case.Status is not (CaseStatus.Resolved or CaseStatus.Closed))
        {
            return CommandResult<FollowUpSurveyResult>.Conflict("case", $"a follow-up survey is sent after resolution; the case is {Names.Of(@case.Status)}");
        }

        if (@case.CustomerId is not { } customerId)
        {
            return CommandResult<FollowUpSurveyResult>.Conflict("case", "the case has no customer to ask");
        }

        var survey = await db.Surveys.AsNoTracking().FirstOrDefaultAsync(s => s.WorkspaceId == command.WorkspaceId && s.Key == surveyKey, cancellationToken);
        if (survey is null)
        {
            return CommandResult<FollowUpSurveyResult>.Invalid([new FieldError("survey", $"this workspace has no survey '{surveyKey}'")]);
        }

        var now = clock.GetUtcNow();
        var due = sendAt is { } at && at > now ? at : now;
        var invitation = new Invitation
        {
            WorkspaceId = command.WorkspaceId,
            SurveyId = survey.Id,
            CustomerId = customerId,
            Reason = $"follow-up to case #{@case.Number}",
            Attributes = new JsonObject { ["case"] = @case.Number }.ToJsonString(),
            CreatedAt = now,
            DueAt = due,
        };
        db.Invitations.Add(invitation);
        db.CaseEvents.Add(new CaseEvent { WorkspaceId = command.WorkspaceId, CaseId = @case.Id, At = now, Actor = command.Actor, Kind = "follow_up_survey", To = surveyKey, Text = $"invitation scheduled for {due:yyyy-MM-dd HH:mm} UTC" });
        @case.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<FollowUpSurveyResult>.Ok(new FollowUpSurveyResult(invitation.Id, due));
    }
}
