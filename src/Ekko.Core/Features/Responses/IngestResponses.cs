using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Responses;

public sealed record IngestResponsesCommand(Guid WorkspaceId, IReadOnlyList<JsonNode?> Items, string ItemPath = "items");

/// <summary>
/// Stores a batch of survey responses all-or-nothing and idempotently (see <see cref="EventIngestion{TRecord, TRow}"/>),
/// and in the same transaction opens the follow-up cases the workspace's rules ask for and queues the
/// <c>response.created</c> webhooks.
/// </summary>
public sealed class IngestResponses(IDbContextFactory<EkkoDbContext> dbFactory, TimeProvider clock, WriteGate writeGate)
{
    private readonly EventIngestion<ResponseRecord, Response> ingestion = new(
        dbFactory, clock, writeGate, ResponseFormat.Kind, r => r.CustomerId, (r, at) => new Response
        {
            WorkspaceId = at.WorkspaceId,
            ExternalId = r.Id,
            Survey = r.Survey,
            CustomerId = at.CustomerId,
            TouchpointId = at.TouchpointId,
            Channel = r.Channel,
            SubmittedAt = r.SubmittedAt,
            Language = r.Language,
            Metric = r.Metric,
            Score = r.Score,
            Comment = r.Comment,
            Answers = r.Answers.ToJsonString(EkkoJson.Options),
            Attributes = r.Attributes.ToJsonString(EkkoJson.Options),
            ReceivedAt = at.ReceivedAt,
        },
        (response, change) => response.Seq = change,
        afterInsert: async (db, stored, now, ct) =>
        {
            // Same transaction as the responses: a stored response never misses its case or its webhook.
            await Cases.RuleCases.OpenAsync(db, stored, now, ct);
            await Integrations.ResponseWebhooks.AnnounceAsync(db, stored, now, ct);
        });

    public Task<BatchResult> HandleAsync(IngestResponsesCommand command, CancellationToken cancellationToken) =>
        ingestion.HandleAsync(command.WorkspaceId, command.Items, command.ItemPath, cancellationToken);

    /// <summary>Stores records that passed validation (the file import validates line by line first).</summary>
    public Task<BatchResult> StoreAsync(Guid workspaceId, IReadOnlyList<ResponseRecord> records, CancellationToken cancellationToken) =>
        ingestion.StoreAsync(workspaceId, records, cancellationToken);

    /// <summary>
    /// Stores validated records inside a transaction the caller holds (see <see cref="WriteGate"/>);
    /// <paramref name="touchpoints"/> maps the records' touchpoint keys to ids.
    /// </summary>
    internal Task<BatchResult> WriteAsync(
        EkkoDbContext writer, Guid workspaceId, IReadOnlyList<ResponseRecord> records, Dictionary<string, Guid> touchpoints, CancellationToken cancellationToken) =>
        ingestion.WriteAsync(writer, workspaceId, records, touchpoints, clock.GetUtcNow(), cancellationToken);
}
