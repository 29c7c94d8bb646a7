using Ekko.Analytics.Retention;
using Ekko.Core.Data;

namespace Ekko.Core.Features.Metrics;

/// <summary>Monthly cohorts whose first activity is from <see cref="FromMonth"/> on, followed until today.</summary>
public sealed record RetentionQuery(Guid WorkspaceId, DateOnly FromMonth);

public sealed record RetentionAnswer(ActivityRule Activity, IReadOnlyList<Cohort> Cohorts);

/// <summary>Cohort retention under the workspace's <see cref="ActivityRule"/>; see <see cref="CohortRetention"/>.</summary>
public sealed class QueryRetention(IDbContextFactory<EkkoDbContext> dbFactory, TimeProvider clock)
{
    public async Task<RetentionAnswer?> HandleAsync(RetentionQuery query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await ActivityRule.LoadAsync(db, query.WorkspaceId, cancellationToken) is not { } rule)
        {
            return null;
        }

        var histories = await rule.HistoriesAsync(db, query.WorkspaceId, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return new RetentionAnswer(rule, CohortRetention.ByMonth(histories, query.FromMonth, today, rule.WindowDays));
    }
}
