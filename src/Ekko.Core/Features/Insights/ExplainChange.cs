using Ekko.Analytics.Insights;
using Ekko.Core.Features.Metrics;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Insights;

public sealed record ExplainChangeQuery(
    Guid WorkspaceId, Measure Measure, Period Baseline, Period Current, IReadOnlyList<string>? Dimensions,
    IReadOnlyDictionary<string, IReadOnlyCollection<string>> Filters);

/// <summary>Explains a change between two periods from the workspace's metrics index; see <see cref="RootCause"/>.</summary>
public sealed class ExplainChange(ResponseIndexes indexes)
{
    public async Task<CommandResult<RootCauseReport>> HandleAsync(ExplainChangeQuery query, CancellationToken cancellationToken)
    {
        var index = await indexes.CurrentAsync(query.WorkspaceId, cancellationToken);
        var known = ResponseDimensions.KnownIn(index);
        var errors = (query.Dimensions ?? []).Where(d => !known.Contains(d)).Select(d => new FieldError("dimensions", $"unknown dimension '{d}'; this workspace has: {string.Join(", ", known)}"))
            .Concat(query.Filters.Keys.Where(d => !known.Contains(d)).Select(d => new FieldError($"filter.{d}", $"unknown dimension '{d}'")))
            .ToList();
        if (errors.Count > 0)
        {
            return CommandResult<RootCauseReport>.Invalid(errors);
        }

        return CommandResult<RootCauseReport>.Ok(RootCause.Explain(index, new RootCauseQuery(query.Measure, query.Baseline, query.Current, query.Dimensions)
        {
            Filters = query.Filters,
        }));
    }
}
