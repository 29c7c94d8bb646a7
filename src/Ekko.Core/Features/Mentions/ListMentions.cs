using System.Globalization;
using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Features.TextInsights;
using Ekko.Core.Formats;
using Ekko.Text.Sentiment;

namespace Ekko.Core.Features.Mentions;

/// <summary>
/// Mentions newest first, filtered: UTC days <see cref="From"/>..<see cref="To"/> (both included, by publication time),
/// <see cref="Source"/> (exact, or a prefix when it ends with '*': <c>rss:*</c>), and through the text pipeline's
/// analysis <see cref="Theme"/> and <see cref="Sentiment"/> (mentions not analysed yet match neither).
/// <see cref="Language"/> matches the language the source gave, or for mentions without one the detected language.
/// </summary>
public sealed record ListMentionsQuery(
    Guid WorkspaceId,
    DateOnly? From = null,
    DateOnly? To = null,
    string? Source = null,
    string? Theme = null,
    SentimentLabel? Sentiment = null,
    string? Language = null,
    string? After = null,
    int Limit = 100);

/// <summary>Lists mentions in the public format, one page at a time (keyset pagination), each with its analysis once made; text redacted when the workspace asks.</summary>
public sealed class ListMentions(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public const int MaxLimit = 1000;

    public async Task<Page<JsonObject>> HandleAsync(ListMentionsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var mentions = db.Mentions.AsNoTracking().Where(m => m.WorkspaceId == query.WorkspaceId);
        if (query.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            mentions = mentions.Where(m => m.PublishedAt >= start);
        }

        if (query.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            mentions = mentions.Where(m => m.PublishedAt < end);
        }

        if (query.Source is { } source)
        {
            if (source.EndsWith('*'))
            {
                var prefix = source[..^1];
                mentions = mentions.Where(m => m.Source.StartsWith(prefix));
            }
            else
            {
                mentions = mentions.Where(m => m.Source == source);
            }
        }

        if (query.Theme is { } theme)
        {
            mentions = mentions.Where(m => db.MentionThemes.Any(t => t.MentionId == m.Id && t.ThemeId == theme));
        }

        if (query.Sentiment is { } sentiment)
        {
            mentions = mentions.Where(m => db.MentionAnalyses.Any(a => a.MentionId == m.Id && a.Sentiment == sentiment));
        }

        if (query.Language is { } language)
        {
            mentions = mentions.Where(m => m.Language == language
                || (m.Language == null && db.MentionAnalyses.Any(a => a.MentionId == m.Id && a.Language == language)));
        }

        if (Cursor.TryDecode(query.After, 2, out var parts) && IsValidCursor(parts))
        {
            var at = DateTimeOffset.Parse(parts[0], CultureInfo.InvariantCulture);
            var last = parts[1];
#pragma warning disable CA1309 // the database's collation, as ORDER BY uses it
            mentions = mentions.Where(m => m.PublishedAt < at || (m.PublishedAt == at && string.Compare(m.ExternalId, last) < 0));
#pragma warning restore CA1309
        }

        var limit = Math.Clamp(query.Limit, 1, MaxLimit);
        var rows = await mentions.OrderByDescending(m => m.PublishedAt).ThenByDescending(m => m.ExternalId).Take(limit + 1).ToListAsync(cancellationToken);
        var ids = rows.Take(limit).Select(m => m.Id).ToList();
        var analyses = await db.MentionAnalyses.AsNoTracking().Where(a => ids.Contains(a.MentionId)).ToDictionaryAsync(a => a.MentionId, cancellationToken);
        var themes = (await db.MentionThemes.AsNoTracking().Where(t => ids.Contains(t.MentionId)).ToListAsync(cancellationToken)).ToLookup(t => t.MentionId);
        var redact = await db.Workspaces.Where(w => w.Id == query.WorkspaceId).Select(w => w.RedactPii).FirstOrDefaultAsync(cancellationToken);
        var items = rows.Take(limit).Select(mention =>
        {
            var item = MentionFormat.ToJson(mention);
            var analysis = analyses.GetValueOrDefault(mention.Id);
            var move = redact ? AnalysisJson.RedactComment(item, analysis?.Language ?? mention.Language, "text") : (start, length) => (start, length);
            if (analysis is not null)
            {
                item["analysis"] = AnalysisJson.ToJson(analysis.AsComment(), themes[mention.Id].Select(t => t.AsComment()), move, redact);
            }

            return item;
        }).ToList();
        var next = rows.Count > limit
            ? Cursor.Encode(rows[limit - 1].PublishedAt.ToString("O", CultureInfo.InvariantCulture), rows[limit - 1].ExternalId)
            : null;
        return new Page<JsonObject>(items, next);
    }

    public static bool IsValidCursor(string[] parts) =>
        parts.Length == 2 && DateTimeOffset.TryParse(parts[0], CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
