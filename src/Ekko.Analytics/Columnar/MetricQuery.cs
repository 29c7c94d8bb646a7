namespace Ekko.Analytics.Columnar;

/// <summary>
/// A metric over the days <see cref="From"/> to <see cref="To"/> (inclusive), grouped by dimensions and
/// optionally by a time grain, keeping only answers whose dimensions take one of the filter's values. Each
/// cell is compared with the period before it: the previous time bucket when grouped by time, otherwise the
/// same number of days just before <see cref="From"/>.
/// </summary>
public sealed record MetricQuery(Metric Metric, DateOnly From, DateOnly To)
{
    public IReadOnlyList<string> GroupBy { get; init; } = [];

    public TimeGrain? Grain { get; init; }

    public IReadOnlyDictionary<string, IReadOnlyCollection<string>> Filters { get; init; } = new Dictionary<string, IReadOnlyCollection<string>>();
}
