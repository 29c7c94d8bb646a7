using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Features.Interactions;

namespace Ekko.Core.Features.Distribution;

/// <summary>
/// Schedules the invitations that newly stored interactions trigger. Runs inside the ingestion transaction, so
/// an acknowledged event never loses its invitation, and only for events stored for the first time, so a
/// re-sent event never schedules a second one (the (trigger, interaction) pair is also unique in the table).
/// Sampling is decided here, deterministically per event, and a sampled-out event is logged as skipped.
/// </summary>
internal static class TriggeredInvitations
{
    public static async Task ScheduleAsync(EkkoDbContext db, IReadOnlyList<Interaction> stored, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var withCustomer = stored.Where(i => i.CustomerId is not null).ToList();
        if (withCustomer.Count == 0)
        {
            return;
        }

        var workspaceId = withCustomer[0].WorkspaceId;
        var types = withCustomer.Select(i => i.Type).Distinct().ToList();
        var triggers = await db.SurveyTriggers.AsNoTracking()
            .Where(t => t.WorkspaceId == workspaceId && t.Active && types.Contains(t.InteractionType))
            .ToListAsync(cancellationToken);
        if (triggers.Count == 0)
        {
            return;
        }

        var surveyIds = triggers.Select(t => t.SurveyId).Distinct().ToList();
        var sampling = (await db.Surveys.AsNoTracking().Where(s => surveyIds.Contains(s.Id)).ToListAsync(cancellationToken))
            .ToDictionary(s => s.Id, s => s.ReadDistribution().SamplingPercent);
        foreach (var interaction in withCustomer)
        {
            var properties = JsonNode.Parse(interaction.Properties) as JsonObject ?? [];
            foreach (var trigger in triggers.Where(t => Matches(t, interaction, properties)))
            {
                var sampled = InSample(trigger.Id, interaction.Id, sampling.GetValueOrDefault(trigger.SurveyId, 100));
                var due = interaction.OccurredAt.AddHours(trigger.DelayHours);
                db.Invitations.Add(new Invitation
                {
                    WorkspaceId = workspaceId,
                    SurveyId = trigger.SurveyId,
                    CustomerId = interaction.CustomerId!.Value,
                    TriggerId = trigger.Id,
                    SourceInteractionId = interaction.Id,
                    Status = sampled ? InvitationStatus.Scheduled : InvitationStatus.Skipped,
                    Reason = sampled
                        ? $"triggered by {interaction.Type} ({interaction.ExternalId})"
                        : $"not in the survey's {sampling[trigger.SurveyId]}% sample ({interaction.Type} {interaction.ExternalId})",
                    Attributes = DimensionsOf(properties),
                    CreatedAt = now,
                    DueAt = due > now ? due : now,
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static bool Matches(SurveyTrigger trigger, Interaction interaction, JsonObject properties) =>
        trigger.InteractionType == interaction.Type
        && (trigger.TouchpointId is null || trigger.TouchpointId == interaction.TouchpointId)
        && (trigger.PropertyName is null
            || (properties.TryGetPropertyValue(trigger.PropertyName, out var value) && value is JsonValue v
                && string.Equals(v.GetValueKind() == JsonValueKind.String ? (Formats.RecordReader.TryGetString(v, out var text) ? text : null) : v.ToJsonString(), trigger.PropertyValue, StringComparison.Ordinal)));

    /// <summary>The same event always gets the same decision, on every instance and after a retry.</summary>
    internal static bool InSample(Guid triggerId, Guid interactionId, int percent)
    {
        if (percent >= 100)
        {
            return true;
        }

        var hash = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(
            System.Security.Cryptography.SHA256.HashData(Encoding.ASCII.GetBytes($"{triggerId:N}{interactionId:N}")));
        return hash % 100 < (uint)percent;
    }

    /// <summary>The event's flat properties become the answer's attributes, so root cause can find a campaign behind a score.</summary>
    private static string DimensionsOf(JsonObject properties)
    {
        var dimensions = new JsonObject();
        foreach (var (key, value) in properties)
        {
            if (value is JsonValue)
            {
                dimensions[key] = value.DeepClone();
            }
        }

        return dimensions.ToJsonString(Formats.EkkoJson.Options);
    }
}
