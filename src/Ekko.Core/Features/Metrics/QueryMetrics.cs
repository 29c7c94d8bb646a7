using Ekko.Analytics;
using Ekko.Analytics.Columnar;
using Ekko.Core.Data;
using Ekko.Core.Features.Journeys;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Metrics;

/// <summary>
/// A metric over UTC days <see cref="From"/>..<see cref="To"/> (inclusive), grouped by <see cref="By"/>
/// (dimension names and at most one of day, week, month) and filtered to answers whose dimension takes one
/// of the given values. <c>stage</c> is the stage of the answer's touchpoint in <see cref="Journey"/> (which may
/// be left out when the workspace has one journey).
/// </summary>
public sealed record MetricsQuery(
    Guid WorkspaceId, Metric Metric, DateOnly From, DateOnly To, IReadOnlyList<string> By,
    IReadOnlyDictionary<string, IReadOnlyCollection<string>> Filters, int MinimumN = MetricReport.DefaultMinimumN, string? Journey = null);

public sealed record MetricsAnswer(MetricsQuery Query, TimeGrain? Grain, IReadOnlyList<MetricGroup> Groups);

/// <summary>Answers metric queries from the workspace's in-memory index, kept current with the database.</summary>
public sealed class QueryMetrics(ResponseIndexes indexes, IDbContextFactory<EkkoDbContext> dbFactory)
{
    /// <summary>The dimension holding the journey stage of the answer's touchpoint.</summary>
    public const string Stage = "stage";

    /// <summary>The longest range one query may cover, in days: 20 years of daily data is already more than a chart shows.</summary>
    public const int MaxDays = 20 * 366;

    /// <summary>The range dates may take: wide enough for any survey data, narrow enough that the previous period stays a valid date.</summary>
    public static readonly DateOnly EarliestDay = new(1900, 1, 1);

    public static readonly DateOnly LatestDay = new(2999, 12, 31);

    public async Task<CommandResult<MetricsAnswer>> HandleAsync(MetricsQuery query, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        if (query.From < EarliestDay || query.To > LatestDay)
        {
            errors.Add(new FieldError(query.From < EarliestDay ? "from" : "to", $"must be between {EarliestDay:yyyy-MM-dd} and {LatestDay:yyyy-MM-dd}"));
        }
        else if (query.To < query.From)
        {
            errors.Add(new FieldError("to", $"must not be before from ({query.From:yyyy-MM-dd})"));
        }
        else if (query.To.DayNumber - query.From.DayNumber >= MaxDays)
        {
            errors.Add(new FieldError("from", $"the range may cover at most {MaxDays} days"));
        }

        if (query.MinimumN < 1)
        {
            errors.Add(new FieldError("minimum_n", "must be 1 or more"));
        }

        var grains = query.By.Where(b => TimeGrains.Parse(b) is not null).ToList();
        if (grains.Count > 1)
        {
            errors.Add(new FieldError("by", $"group by at most one of day, week and month, not {string.Join(" and ", grains)}"));
        }

        var index = await indexes.CurrentAsync(query.WorkspaceId, cancellationToken);
        var known = ResponseDimensions.KnownIn(index);
        var derived = new Dictionary<string, DerivedDimension>(StringComparer.Ordinal);
        if (query.By.Contains(Stage) || query.Filters.ContainsKey(Stage) || query.Journey is not null)
        {
            var (stages, error) = await StagesAsync(query, cancellationToken);
            known.Add(Stage);
            if (error is not null)
            {
                errors.Add(error);
            }
            else
            {
                derived[Stage] = new DerivedDimension(ResponseDimensions.Touchpoint, stages!);
            }
        }

        foreach (var name in query.By.Where(b => TimeGrains.Parse(b) is null).Concat(query.Filters.Keys).Where(n => !known.Contains(n)).Distinct())
        {
            errors.Add(new FieldError(query.Filters.ContainsKey(name) ? $"filter.{name}" : "by",
                $"unknown dimension '{name}'; this workspace has: {string.Join(", ", known)}, day, week, month"));
        }

        if (query.By.Distinct(StringComparer.Ordinal).Count() != query.By.Count)
        {
            errors.Add(new FieldError("by", "names a dimension twice"));
        }

        if (errors.Count > 0)
        {
            return CommandResult<MetricsAnswer>.Invalid(errors);
        }

        var grain = grains.Count == 1 ? TimeGrains.Parse(grains[0]) : null;
        try
        {
            var cells = index.Query(new MetricQuery(query.Metric, query.From, query.To)
            {
                GroupBy = [.. query.By.Where(b => TimeGrains.Parse(b) is null)],
                Grain = grain,
                Filters = query.Filters,
                Derived = derived,
            });
            return CommandResult<MetricsAnswer>.Ok(new MetricsAnswer(query, grain, MetricReport.Build(cells, query.MinimumN)));
        }
        catch (TooManyGroupsException tooMany)
        {
            return CommandResult<MetricsAnswer>.Invalid([new FieldError("by", tooMany.Message)]);
        }
    }

    /// <summary>Touchpoint key to stage name in the query's journey; a touchpoint in several stages counts in the first.</summary>
    private async Task<(Dictionary<string, string>? Stages, FieldError? Error)> StagesAsync(MetricsQuery query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var journeys = await JourneyMaps.LoadAsync(db, query.WorkspaceId, query.Journey, cancellationToken);
        if (journeys.Count != 1)
        {
            var all = await db.Journeys.Where(j => j.WorkspaceId == query.WorkspaceId).Select(j => j.Key).OrderBy(k => k).ToListAsync(cancellationToken);
            return (null, new FieldError("journey", query.Journey is null
                ? $"'stage' needs journey=KEY; this workspace has {(all.Count == 0 ? "no journeys" : $"the journeys {string.Join(", ", all)}")}"
                : $"this workspace has no journey '{query.Journey}'{(all.Count > 0 ? $"; it has {string.Join(", ", all)}" : "")}"));
        }

        var stages = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var stage in journeys[0].Stages)
        {
            foreach (var touchpoint in stage.Touchpoints)
            {
                stages.TryAdd(touchpoint.Key, stage.Name);
            }
        }

        return (stages, null);
    }
}
