using System.Globalization;
using System.Text.Json.Nodes;
using Ekko.Analytics;
using Ekko.Core.Data;
using Ekko.Core.Features.Journeys;
using Ekko.Core.Features.TextInsights;
using Ekko.Core.Formats;
using Ekko.Text.Sentiment;

namespace Ekko.Core.Features.Responses;

/// <summary>
/// Responses newest first, filtered: UTC days <see cref="From"/>..<see cref="To"/> (both included), the scored
/// metric and a score range, the survey, touchpoint, channel and language, and attribute equality filters
/// (all must hold). The filters mirror the metrics' dimensions, so a number links to the responses behind it.
/// <see cref="Sentiment"/> and <see cref="Theme"/> filter by the text pipeline's analysis of the comment (responses
/// not analysed yet match neither). <see cref="Touchpoints"/> keeps responses at any of several touchpoints (a journey
/// stage); <see cref="Text"/> keeps comments containing it, ignoring case (SQLite folds ASCII letters only).
/// </summary>
public sealed record ListResponsesQuery(
    Guid WorkspaceId,
    DateOnly? From = null,
    DateOnly? To = null,
    Metric? Metric = null,
    int? MinScore = null,
    int? MaxScore = null,
    string? Survey = null,
    string? Touchpoint = null,
    string? Channel = null,
    string? Language = null,
    IReadOnlyDictionary<string, string>? Attributes = null,
    string? After = null,
    int Limit = 100,
    SentimentLabel? Sentiment = null,
    string? Theme = null,
    IReadOnlyCollection<string>? Touchpoints = null,
    string? Text = null);

/// <summary>
/// Lists responses in the public format, one page at a time (keyset pagination, newest first), each with the analysis
/// of its comment once the text pipeline has made it; comments are redacted when the workspace asks for it.
/// </summary>
public sealed class ListResponses(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public const int MaxLimit = 1000;

    public async Task<Page<JsonObject>> HandleAsync(ListResponsesQuery query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var touchpoints = await TouchpointKeys.LoadAsync(db, query.WorkspaceId, cancellationToken);
        var responses = db.Responses.AsNoTracking().Where(r => r.WorkspaceId == query.WorkspaceId);
        if (query.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            responses = responses.Where(r => r.SubmittedAt >= start);
        }

        if (query.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            responses = responses.Where(r => r.SubmittedAt < end);
        }

        if (query.Metric is { } metric)
        {
            responses = responses.Where(r => r.Metric == metric);
        }

        if (query.MinScore is { } min)
        {
            responses = responses.Where(r => r.Score >= min);
        }

        if (query.MaxScore is { } max)
        {
            responses = responses.Where(r => r.Score <= max);
        }

        if (query.Survey is { } survey)
        {
            responses = responses.Where(r => r.Survey == survey);
        }

        if (query.Touchpoint is { } touchpoint)
        {
            // An unknown touchpoint matches nothing, like any other filter value that does not occur.
            var touchpointId = touchpoints.TryGetValue(touchpoint, out var id) ? id : Guid.Empty;
            responses = responses.Where(r => r.TouchpointId == touchpointId);
        }

        if (query.Touchpoints is { } several)
        {
            var stageIds = several.Select(k => touchpoints.TryGetValue(k, out var id) ? id : Guid.Empty).ToList();
            responses = responses.Where(r => r.TouchpointId != null && stageIds.Contains(r.TouchpointId.Value));
        }

        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var needle = query.Text.Trim().ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // translated to SQL lower(); the culture of the database applies
            responses = responses.Where(r => r.Comment != null && r.Comment.ToLower().Contains(needle));
#pragma warning restore CA1304, CA1311, CA1862
        }

        if (query.Channel is { } channel)
        {
            responses = responses.Where(r => r.Channel == channel);
        }

        if (query.Language is { } language)
        {
            responses = responses.Where(r => r.Language == language);
        }

        if (query.Sentiment is { } sentiment)
        {
            responses = responses.Where(r => db.CommentAnalyses.Any(a => a.ResponseId == r.Id && a.Sentiment == sentiment));
        }

        if (query.Theme is { } theme)
        {
            responses = responses.Where(r => db.CommentThemes.Any(t => t.ResponseId == r.Id && t.ThemeId == theme));
        }

        foreach (var (key, value) in query.Attributes ?? new Dictionary<string, string>())
        {
            responses = responses.Where(r => JsonFunctions.Text(r.Attributes, key) == value);
        }

        if (Cursor.TryDecode(query.After, 2, out var parts) && IsValidCursor(parts))
        {
            var at = DateTimeOffset.Parse(parts[0], CultureInfo.InvariantCulture);
            var last = parts[1];
#pragma warning disable CA1309 // the database's collation, as ORDER BY uses it
            responses = responses.Where(r => r.SubmittedAt < at || (r.SubmittedAt == at && string.Compare(r.ExternalId, last) < 0));
#pragma warning restore CA1309
        }

        var limit = Math.Clamp(query.Limit, 1, MaxLimit);
        var customers = db.Customers.Where(c => c.WorkspaceId == query.WorkspaceId);
        var rows = await (from r in responses
                          join c in customers on r.CustomerId equals c.Id into owner
                          from c in owner.DefaultIfEmpty()
                          orderby r.SubmittedAt descending, r.ExternalId descending
                          select new { Response = r, CustomerId = c == null ? null : c.ExternalId })
            .Take(limit + 1).ToListAsync(cancellationToken);
        var keys = touchpoints.ToDictionary(t => t.Value, t => t.Key);
        var ids = rows.Take(limit).Select(r => r.Response.Id).ToList();
        var analyses = await db.CommentAnalyses.AsNoTracking().Where(a => ids.Contains(a.ResponseId)).ToDictionaryAsync(a => a.ResponseId, cancellationToken);
        var themes = (await db.CommentThemes.AsNoTracking().Where(t => ids.Contains(t.ResponseId)).ToListAsync(cancellationToken)).ToLookup(t => t.ResponseId);
        var redact = await db.Workspaces.Where(w => w.Id == query.WorkspaceId).Select(w => w.RedactPii).FirstOrDefaultAsync(cancellationToken);
        var items = rows.Take(limit).Select(row =>
        {
            var item = ResponseFormat.ToJson(row.Response, row.CustomerId, row.Response.TouchpointId is { } t ? keys.GetValueOrDefault(t) : null);
            var analysis = analyses.GetValueOrDefault(row.Response.Id);
            var move = redact ? AnalysisJson.RedactComment(item, analysis?.Language ?? row.Response.Language) : (start, length) => (start, length);
            if (analysis is not null)
            {
                item["analysis"] = AnalysisJson.ToJson(analysis, themes[row.Response.Id], move, redact);
            }

            return item;
        }).ToList();
        var next = rows.Count > limit
            ? Cursor.Encode(rows[limit - 1].Response.SubmittedAt.ToString("O", CultureInfo.InvariantCulture), rows[limit - 1].Response.ExternalId)
            : null;
        return new Page<JsonObject>(items, next);
    }

    public static bool IsValidCursor(string[] parts) =>
        parts.Length == 2 && DateTimeOffset.TryParse(parts[0], CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
