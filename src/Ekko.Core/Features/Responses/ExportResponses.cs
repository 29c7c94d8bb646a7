using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Features.Journeys;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Responses;

public sealed record ExportResponsesQuery(Guid WorkspaceId, DateTimeOffset? From = null, DateTimeOffset? To = null);

/// <summary>
/// Streams a workspace's responses in the public format, oldest first; the output re-imports unchanged, except that
/// comments are redacted when the workspace asks for it (<c>redact_pii</c>).
/// </summary>
public sealed class ExportResponses(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async IAsyncEnumerable<JsonObject> HandleAsync(ExportResponsesQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var touchpoints = await TouchpointKeys.KeysByIdAsync(db, query.WorkspaceId, cancellationToken);
        var redact = await db.Workspaces.Where(w => w.Id == query.WorkspaceId).Select(w => w.RedactPii).FirstOrDefaultAsync(cancellationToken);
        var customers = db.Customers.Where(c => c.WorkspaceId == query.WorkspaceId);
        var rows = from r in db.Responses.AsNoTracking()
                   where r.WorkspaceId == query.WorkspaceId
                         && (query.From == null || r.SubmittedAt >= query.From)
                         && (query.To == null || r.SubmittedAt < query.To)
                   join c in customers on r.CustomerId equals c.Id into owner
                   from c in owner.DefaultIfEmpty()
                   orderby r.SubmittedAt, r.ExternalId
                   select new { Response = r, CustomerId = c == null ? null : c.ExternalId };
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var item = ResponseFormat.ToJson(row.Response, row.CustomerId, row.Response.TouchpointId is { } t ? touchpoints[t] : null);
            if (redact)
            {
                TextInsights.AnalysisJson.RedactComment(item, row.Response.Language);
            }

            yield return item;
        }
    }
}
