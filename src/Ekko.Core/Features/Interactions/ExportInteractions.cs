using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Features.Journeys;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Interactions;

public sealed record ExportInteractionsQuery(Guid WorkspaceId, DateTimeOffset? From = null, DateTimeOffset? To = null);

/// <summary>Streams a workspace's interactions in the public format, oldest first; the output re-imports unchanged.</summary>
public sealed class ExportInteractions(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async IAsyncEnumerable<JsonObject> HandleAsync(ExportInteractionsQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var touchpoints = await TouchpointKeys.KeysByIdAsync(db, query.WorkspaceId, cancellationToken);
        var customers = db.Customers.Where(c => c.WorkspaceId == query.WorkspaceId);
        var rows = from i in db.Interactions.AsNoTracking()
                   where i.WorkspaceId == query.WorkspaceId
                         && (query.From == null || i.OccurredAt >= query.From)
                         && (query.To == null || i.OccurredAt < query.To)
                   join c in customers on i.CustomerId equals c.Id into owner
                   from c in owner.DefaultIfEmpty()
                   orderby i.OccurredAt, i.ExternalId
                   select new { Interaction = i, CustomerId = c == null ? null : c.ExternalId };
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var i = row.Interaction;
            var record = new InteractionRecord(
                i.ExternalId, row.CustomerId, i.Type, i.TouchpointId is { } t ? touchpoints[t] : null, i.Channel, i.OccurredAt,
                JsonNode.Parse(i.Properties)!.AsObject());
            yield return JsonSerializer.SerializeToNode(record, EkkoJson.Options)!.AsObject();
        }
    }
}
