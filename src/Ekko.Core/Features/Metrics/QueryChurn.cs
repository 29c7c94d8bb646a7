using Ekko.Analytics.Retention;
using Ekko.Core.Data;

namespace Ekko.Core.Features.Metrics;

/// <summary>Monthly churn from <see cref="FromMonth"/> through <see cref="ToMonth"/> (default: the last month that has ended).</summary>
public sealed record ChurnQuery(Guid WorkspaceId, DateOnly FromMonth, DateOnly? ToMonth);

public sealed record ChurnAnswer(ActivityRule Activity, IReadOnlyList<ChurnPeriod> Periods);

/// <summary>Churn per calendar month under the workspace's <see cref="ActivityRule"/>; see <see cref="Churn"/>.</summary>
public sealed class QueryChurn(IDbContextFactory<EkkoDbContext> dbFactory, TimeProvider clock)
{
    public async Task<ChurnAnswer?> HandleAsync(ChurnQuery query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await ActivityRule.LoadAsync(db, query.WorkspaceId, cancellationToken) is not { } rule)
        {
            return null;
        }

        var histories = await rule.HistoriesAsync(db, query.WorkspaceId, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var end = query.ToMonth is { } to ? Min(to.AddMonths(1), today) : today;
        return new ChurnAnswer(rule, Churn.ByMonth(histories, query.FromMonth, end, rule.WindowDays));
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
