using System.Text.Json.Nodes;
using Ekko.Analytics;
using Ekko.Core.Data;

namespace Ekko.Core.Features.Insights;

/// <param name="Themes">Add an indicator per comment theme (<c>theme=delivery</c>); the analysis then covers only the responses whose comment was analysed, so that 0 means "the comment does not mention it" rather than "no comment".</param>
public sealed record AnalyzeDriversQuery(Guid WorkspaceId, Metric Metric, DateOnly From, DateOnly To, string? Survey, bool Themes = false);

/// <summary>Key drivers of a metric from the stored responses' other answers; see <see cref="DriverTable"/>.</summary>
public sealed class AnalyzeDrivers(IDbContextFactory<EkkoDbContext> dbFactory)
{
    /// <summary>More responses than this are sampled down (evenly, by position) to keep a call fast.</summary>
    public const int MaxResponses = 50_000;

    public async Task<JsonObject> HandleAsync(AnalyzeDriversQuery query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var from = new DateTimeOffset(query.From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var to = new DateTimeOffset(query.To.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var responses = db.Responses.AsNoTracking()
            .Where(r => r.WorkspaceId == query.WorkspaceId && r.Metric == query.Metric && r.Score != null
                && r.SubmittedAt >= from && r.SubmittedAt < to && (query.Survey == null || r.Survey == query.Survey));
        if (query.Themes)
        {
            responses = responses.Where(r => db.CommentAnalyses.Any(a => a.ResponseId == r.Id && a.WorkspaceId == query.WorkspaceId));
        }

        var rows = await responses.OrderBy(r => r.SubmittedAt).ThenBy(r => r.Id).Select(r => new { r.Id, r.Score, r.Answers }).ToListAsync(cancellationToken);
        var themes = query.Themes
            ? (await db.CommentThemes.AsNoTracking()
                .Where(t => t.WorkspaceId == query.WorkspaceId && t.SubmittedAt >= from && t.SubmittedAt < to)
                .Select(t => new { t.ResponseId, t.ThemeId })
                .ToListAsync(cancellationToken)).ToLookup(t => t.ResponseId, t => t.ThemeId)
            : null;
        var table = new DriverTable();
        var step = Math.Max(1, (rows.Count + MaxResponses - 1) / MaxResponses);
        for (var i = 0; i < rows.Count; i += step)
        {
            table.Add(rows[i].Score!.Value, rows[i].Answers, themes?[rows[i].Id]);
        }

        return table.Analyze(query.Metric);
    }
}
