using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Features.Surveys;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Distribution;

public sealed record CreateSurveyTriggerCommand(Guid WorkspaceId, string SurveyKey, JsonNode? Body);

/// <summary>A trigger as the API shows it.</summary>
public sealed record SurveyTriggerView(Guid Id, string Survey, string InteractionType, string? Touchpoint, string? PropertyName, string? PropertyValue, int DelayHours, bool Active);

/// <summary>
/// Adds a rule "when an interaction of this type (at this touchpoint, with this property value) arrives, invite
/// the customer to this survey after N hours": <c>{"interaction_type": "order.delivered", "touchpoint":
/// "home-delivery", "property": {"name": "carrier", "value": "postnord"}, "delay_hours": 48}</c>.
/// </summary>
public sealed class CreateSurveyTrigger(IDbContextFactory<EkkoDbContext> dbFactory, TimeProvider clock)
{
    public async Task<CommandResult<SurveyTriggerView>> HandleAsync(CreateSurveyTriggerCommand command, CancellationToken cancellationToken)
    {
        var reader = RecordReader.For(command.Body, out var notAnObject);
        if (reader is null)
        {
            return CommandResult<SurveyTriggerView>.Invalid([notAnObject!]);
        }

        var type = reader.RequiredString("interaction_type", 100);
        var touchpointKey = reader.OptionalKey("touchpoint");
        var delay = SurveyInput.Bounded(reader, "delay_hours", 0, 24 * 30) ?? 0;
        string? propertyName = null, propertyValue = null;
        if (reader.OptionalObject("property") is { } property)
        {
            var p = RecordReader.For(property, out _)!;
            propertyName = p.RequiredString("name", 64);
            propertyValue = p.RequiredString("value", 200);
            p.RejectUnknownFields();
            foreach (var error in p.Errors)
            {
                reader.AddError($"property.{error.Field}", error.Message);
            }
        }

        reader.RejectUnknownFields();
        if (reader.Errors.Count > 0)
        {
            return CommandResult<SurveyTriggerView>.Invalid(reader.Errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Surveys.FirstOrDefaultAsync(s => s.WorkspaceId == command.WorkspaceId && s.Key == command.SurveyKey, cancellationToken) is not { } survey)
        {
            return CommandResult<SurveyTriggerView>.NotFound();
        }

        Guid? touchpoint = null;
        if (touchpointKey is not null)
        {
            touchpoint = await db.Touchpoints.Where(t => t.WorkspaceId == command.WorkspaceId && t.Key == touchpointKey).Select(t => (Guid?)t.Id).FirstOrDefaultAsync(cancellationToken);
            if (touchpoint is null)
            {
                return CommandResult<SurveyTriggerView>.Invalid([new FieldError("touchpoint", $"this workspace has no touchpoint '{touchpointKey}'")]);
            }
        }

        var trigger = new SurveyTrigger
        {
            WorkspaceId = command.WorkspaceId,
            SurveyId = survey.Id,
            InteractionType = type,
            TouchpointId = touchpoint,
            PropertyName = propertyName,
            PropertyValue = propertyValue,
            DelayHours = delay,
            CreatedAt = clock.GetUtcNow(),
        };
        db.SurveyTriggers.Add(trigger);
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<SurveyTriggerView>.Ok(new SurveyTriggerView(trigger.Id, survey.Key, type, touchpointKey, propertyName, propertyValue, delay, true));
    }
}
