using System.Globalization;
using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Features.Journeys;
using Ekko.Core.Formats;

// string.Compare in queries runs in the database, where ids use a binary ("C") collation, i.e. ordinal order.
#pragma warning disable CA1309

namespace Ekko.Core.Features.Customers;

public sealed record GetCustomerTimelineQuery(Guid WorkspaceId, string CustomerId, string? After = null, int Limit = 50);

/// <summary>
/// Everything a customer did and said, newest first, across interactions, responses, survey invitations and follow-up cases, so
/// nobody has to ask the customer to repeat themselves. Keyset-paginated on (time, kind, id) so pages are stable.
/// </summary>
public sealed class GetCustomerTimeline(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public const int MaxLimit = 200;
    private const string InteractionKind = "interaction";
    private const string ResponseKind = "response";
    private const string CaseKind = "case";
    private const string InvitationKind = "invitation";

    /// <returns>null when the workspace has no such customer.</returns>
    public async Task<Page<TimelineEntry>?> HandleAsync(GetCustomerTimelineQuery query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var customerId = await db.Customers.AsNoTracking()
            .Where(c => c.WorkspaceId == query.WorkspaceId && c.ExternalId == query.CustomerId)
            .Select(c => (Guid?)c.Id)
            .SingleOrDefaultAsync(cancellationToken);
        if (customerId is null)
        {
            return null;
        }

        var limit = Math.Clamp(query.Limit, 1, MaxLimit);
        var position = Cursor.TryDecode(query.After, 3, out var parts) && IsValidCursor(parts)
            ? new Position(DateTimeOffset.Parse(parts[0], CultureInfo.InvariantCulture), parts[1], parts[2])
            : null;
        var touchpointKeys = await TouchpointKeys.KeysByIdAsync(db, query.WorkspaceId, cancellationToken);

        var interactions = db.Interactions.AsNoTracking().Where(i => i.WorkspaceId == query.WorkspaceId && i.CustomerId == customerId);
        if (position is not null)
        {
            interactions = position.Compare(InteractionKind) switch
            {
                > 0 => interactions.Where(i => i.OccurredAt <= position.At),
                < 0 => interactions.Where(i => i.OccurredAt < position.At),
                _ => interactions.Where(i => i.OccurredAt < position.At || (i.OccurredAt == position.At && string.Compare(i.ExternalId, position.Id) < 0)),
            };
        }

        var responses = db.Responses.AsNoTracking().Where(r => r.WorkspaceId == query.WorkspaceId && r.CustomerId == customerId);
        if (position is not null)
        {
            responses = position.Compare(ResponseKind) switch
            {
                > 0 => responses.Where(r => r.SubmittedAt <= position.At),
                < 0 => responses.Where(r => r.SubmittedAt < position.At),
                _ => responses.Where(r => r.SubmittedAt < position.At || (r.SubmittedAt == position.At && string.Compare(r.ExternalId, position.Id) < 0)),
            };
        }

        var fromInteractions = (await interactions.OrderByDescending(i => i.OccurredAt).ThenByDescending(i => i.ExternalId).Take(limit + 1).ToListAsync(cancellationToken))
            .Select(i => new TimelineEntry(InteractionKind, i.ExternalId, i.OccurredAt, Key(touchpointKeys, i.TouchpointId), i.Channel,
                Type: i.Type, Properties: JsonNode.Parse(i.Properties)?.AsObject()));
        var fromResponses = (await responses.OrderByDescending(r => r.SubmittedAt).ThenByDescending(r => r.ExternalId).Take(limit + 1).ToListAsync(cancellationToken))
            .Select(r => new TimelineEntry(ResponseKind, r.ExternalId, r.SubmittedAt, Key(touchpointKeys, r.TouchpointId), r.Channel,
                Survey: r.Survey, Metric: r.Metric, Score: r.Score, Comment: r.Comment, Attributes: JsonNode.Parse(r.Attributes)?.AsObject()));

        // A customer has few cases: all of them are read and the cursor applied here, in the same order as the merge below.
        var fromCases = (await db.Cases.AsNoTracking().Where(c => c.WorkspaceId == query.WorkspaceId && c.CustomerId == customerId)
                .OrderByDescending(c => c.OpenedAt).Take(1000).ToListAsync(cancellationToken))
            .Select(c => new TimelineEntry(CaseKind, c.Id.ToString(), c.OpenedAt, Key(touchpointKeys, c.TouchpointId), null,
                CaseNumber: c.Number, Status: Cases.Names.Of(c.Status), Title: c.Title))
            .Where(e => position is null || IsAfter(e, position));

        // Survey invitations, sent or skipped with the reason (a customer asks "why did I get this?", or "why not?").
        var invitationRows = await (from i in db.Invitations.AsNoTracking()
                                    join s in db.Surveys on i.SurveyId equals s.Id
                                    where i.WorkspaceId == query.WorkspaceId && i.CustomerId == customerId
                                    orderby i.CreatedAt descending
                                    select new { i.Id, i.SentAt, i.CreatedAt, i.DueAt, i.Status, i.Reason, Survey = s.Key, s.TouchpointId })
            .Take(1000).ToListAsync(cancellationToken);
        var fromInvitations = invitationRows
            // Placed when it happened: sent, decided against (skipped or failed when due), or scheduled.
            .Select(i => new TimelineEntry(InvitationKind, i.Id.ToString(),
                i.SentAt ?? (i.Status is Distribution.InvitationStatus.Skipped or Distribution.InvitationStatus.Failed ? i.DueAt : i.CreatedAt),
                Key(touchpointKeys, i.TouchpointId), "email",
                Survey: i.Survey, Status: System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(i.Status.ToString()), Title: i.Reason))
            .Where(e => position is null || IsAfter(e, position));

        // Newest first; at equal times cases, interactions, invitations, then responses (kinds in ordinal order), then ids descending.
        var merged = fromInteractions.Concat(fromResponses).Concat(fromCases).Concat(fromInvitations)
            .OrderByDescending(e => e.At)
            .ThenBy(e => e.Kind, StringComparer.Ordinal)
            .ThenByDescending(e => e.Id, StringComparer.Ordinal)
            .Take(limit + 1)
            .ToList();
        var next = merged.Count > limit
            ? Cursor.Encode(merged[limit - 1].At.ToString("O", CultureInfo.InvariantCulture), merged[limit - 1].Kind, merged[limit - 1].Id)
            : null;
        return new Page<TimelineEntry>(merged.Take(limit).ToList(), next);
    }

    /// <summary>Whether decoded cursor parts are a position this list could have handed out.</summary>
    public static bool IsValidCursor(string[] parts) =>
        parts.Length == 3
        && DateTimeOffset.TryParse(parts[0], CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
        && parts[1] is InteractionKind or ResponseKind or CaseKind or InvitationKind;

    /// <summary>Whether an entry comes after the cursor's position in the timeline's order.</summary>
    private static bool IsAfter(TimelineEntry entry, Position position) =>
        entry.At < position.At
        || (entry.At == position.At && (string.CompareOrdinal(entry.Kind, position.Kind) > 0
            || (entry.Kind == position.Kind && string.CompareOrdinal(entry.Id, position.Id) < 0)));

    private static string? Key(Dictionary<Guid, string> keys, Guid? id) => id is { } value && keys.TryGetValue(value, out var key) ? key : null;

    /// <summary>Where the previous page ended.</summary>
    private sealed record Position(DateTimeOffset At, string Kind, string Id)
    {
        /// <summary>How a table of <paramref name="kind"/> sorts against the cursor's kind at equal times.</summary>
        public int Compare(string kind) => string.CompareOrdinal(kind, Kind);
    }
}
