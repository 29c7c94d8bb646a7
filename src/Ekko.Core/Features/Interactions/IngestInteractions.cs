using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Interactions;

public sealed record IngestInteractionsCommand(Guid WorkspaceId, IReadOnlyList<JsonNode?> Items, string ItemPath = "items");

/// <summary>
/// Stores a batch of interactions (events) all-or-nothing and idempotently, and schedules the survey invitations
/// their triggers ask for in the same transaction; see <see cref="EventIngestion{TRecord, TRow}"/>.
/// </summary>
public sealed class IngestInteractions(IDbContextFactory<EkkoDbContext> dbFactory, TimeProvider clock, WriteGate writeGate)
{
    private readonly EventIngestion<InteractionRecord, Interaction> ingestion = new(
        dbFactory, clock, writeGate, InteractionFormat.Kind, r => r.CustomerId, (r, at) => new Interaction
        {
            WorkspaceId = at.WorkspaceId,
            ExternalId = r.Id,
            CustomerId = at.CustomerId,
            Type = r.Type,
            TouchpointId = at.TouchpointId,
            Channel = r.Channel,
            OccurredAt = r.OccurredAt,
            Properties = r.Properties.ToJsonString(EkkoJson.Options),
            ReceivedAt = at.ReceivedAt,
        },
        afterInsert: Distribution.TriggeredInvitations.ScheduleAsync);

    public Task<BatchResult> HandleAsync(IngestInteractionsCommand command, CancellationToken cancellationToken) =>
        ingestion.HandleAsync(command.WorkspaceId, command.Items, command.ItemPath, cancellationToken);

    /// <summary>Stores records that passed validation (the file import validates line by line first).</summary>
    public Task<BatchResult> StoreAsync(Guid workspaceId, IReadOnlyList<InteractionRecord> records, CancellationToken cancellationToken) =>
        ingestion.StoreAsync(workspaceId, records, cancellationToken);
}
