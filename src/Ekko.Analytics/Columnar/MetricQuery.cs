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

    /// <summary>
    /// Dimensions computed from another one for this query, usable in <see cref="GroupBy"/> and
    /// <see cref="Filters"/> by their key: a journey's stage from the touchpoint, say.
    /// </summary>
    public IReadOnlyDictionary<string, DerivedDimension> Derived { get; init; } = new Dictionary<string, DerivedDimension>();
}

/// <summary>A dimension whose value is looked up from dimension <paramref name="From"/>'s value; values not in the map have none.</summary>
public sealed record DerivedDimension(string From, IReadOnlyDictionary<string, string> Values);
