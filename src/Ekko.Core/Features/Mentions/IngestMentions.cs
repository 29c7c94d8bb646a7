using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Mentions;

public sealed record IngestMentionsCommand(Guid WorkspaceId, IReadOnlyList<JsonNode?> Items, string ItemPath = "items");

/// <summary>
/// Stores a batch of mentions all-or-nothing and idempotently (see <see cref="EventIngestion{TRecord, TRow}"/>): a
/// mention whose id the workspace has already is reported as a duplicate and left as it was. Each stored mention
/// takes a workspace change number, which is how the text pipeline finds it.
/// </summary>
public sealed class IngestMentions(IDbContextFactory<EkkoDbContext> dbFactory, TimeProvider clock, WriteGate writeGate)
{
    private readonly EventIngestion<MentionRecord, Mention> ingestion = new(
        dbFactory, clock, writeGate, MentionFormat.Kind, _ => null, (m, at) => ToRow(m, at.WorkspaceId, at.ReceivedAt),
        (mention, change) => mention.Seq = change);

    public Task<BatchResult> HandleAsync(IngestMentionsCommand command, CancellationToken cancellationToken) =>
        ingestion.HandleAsync(command.WorkspaceId, command.Items, command.ItemPath, cancellationToken);

    /// <summary>Stores records that passed validation (the file import and the feed listener validate first).</summary>
    public Task<BatchResult> StoreAsync(Guid workspaceId, IReadOnlyList<MentionRecord> records, CancellationToken cancellationToken) =>
        ingestion.StoreAsync(workspaceId, records, cancellationToken);

    /// <summary>Stores validated records inside a transaction the caller holds (the feed listener, with its source's new state).</summary>
    internal Task<BatchResult> WriteAsync(EkkoDbContext writer, Guid workspaceId, IReadOnlyList<MentionRecord> records, CancellationToken cancellationToken) =>
        ingestion.WriteAsync(writer, workspaceId, records, [], clock.GetUtcNow(), cancellationToken);

    private static Mention ToRow(MentionRecord m, Guid workspaceId, DateTimeOffset receivedAt) => new()
    {
        WorkspaceId = workspaceId,
        ExternalId = m.Id,
        Source = m.Source,
        Author = m.Author,
        Text = m.Text,
        Url = m.Url,
        PublishedAt = m.PublishedAt,
        Language = m.Language,
        Location = m.Location,
        Hashtags = m.HashtagsJson(),
        Attributes = m.Attributes.ToJsonString(EkkoJson.Options),
        ReceivedAt = receivedAt,
    };
}
