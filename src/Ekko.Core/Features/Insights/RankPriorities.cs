using Ekko.Analytics;
using Ekko.Analytics.Insights;
using Ekko.Core.Features.Metrics;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Insights;

public sealed record RankPrioritiesQuery(
    Guid WorkspaceId, Metric Metric, Period Period, string By, IReadOnlyDictionary<string, IReadOnlyCollection<string>> Filters);

/// <summary>Ranks a dimension's values by measured impact on the metric; see <see cref="Priorities"/>.</summary>
public sealed class RankPriorities(ResponseIndexes indexes)
{
    public async Task<CommandResult<IReadOnlyList<Priority>>> HandleAsync(RankPrioritiesQuery query, CancellationToken cancellationToken)
    {
        var index = await indexes.CurrentAsync(query.WorkspaceId, cancellationToken);
        var known = ResponseDimensions.KnownIn(index);
        var errors = query.Filters.Keys.Prepend(query.By).Where(d => !known.Contains(d))
            .Select(d => new FieldError(d == query.By ? "by" : $"filter.{d}", $"unknown dimension '{d}'; this workspace has: {string.Join(", ", known)}"))
            .ToList();
        return errors.Count > 0
            ? CommandResult<IReadOnlyList<Priority>>.Invalid(errors)
            : CommandResult<IReadOnlyList<Priority>>.Ok(Priorities.Rank(index, new PriorityQuery(query.Metric, query.Period, query.By) { Filters = query.Filters }));
    }
}
