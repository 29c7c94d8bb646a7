using System.Globalization;
using System.Text.Json;
using Ekko.Core.Data;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Insights.Churn;

/// <param name="After">The cursor of the previous page, or null for the first page.</param>
public sealed record ListChurnRiskQuery(Guid WorkspaceId, string? After = null, int Limit = 100);

public sealed record ChurnRiskView(int Rank, string Customer, string? Name, double Probability, IReadOnlyList<string> Signals, DateTimeOffset ScoredAt);

/// <summary>Customers active today ranked by their churn risk of the last training, highest first, one page at a time (keyset on the rank).</summary>
public sealed class ListChurnRisk(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public const int MaxLimit = 1000;

    public async Task<Page<ChurnRiskView>> HandleAsync(ListChurnRiskQuery query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var after = Cursor.TryDecode(query.After, 1, out var parts) && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var rank) ? rank : 0;
        var limit = Math.Clamp(query.Limit, 1, MaxLimit);
        var rows = await (from s in db.ChurnScores.AsNoTracking()
                          join c in db.Customers on s.CustomerId equals c.Id
                          where s.WorkspaceId == query.WorkspaceId && c.WorkspaceId == query.WorkspaceId && s.Rank > after
                          orderby s.Rank
                          select new { s.Rank, c.ExternalId, c.Name, s.Probability, s.Signals, s.ScoredAt })
            .Take(limit + 1).ToListAsync(cancellationToken);
        var next = rows.Count > limit ? Cursor.Encode(rows[limit - 1].Rank.ToString(CultureInfo.InvariantCulture)) : null;
        return new Page<ChurnRiskView>(
            [.. rows.Take(limit).Select(r => new ChurnRiskView(r.Rank, r.ExternalId, r.Name, r.Probability, JsonSerializer.Deserialize<List<string>>(r.Signals) ?? [], r.ScoredAt))],
            next);
    }
}
