using Ekko.Analytics.Metrics;

namespace Ekko.Analytics.Columnar;

/// <summary>
/// One group of a query's answer: the values of the grouped dimensions (null = answers without that dimension),
/// the time period it covers when grouped by time, and the score histograms of its period and the one before.
/// </summary>
public sealed record MetricCell(IReadOnlyList<string?> Key, DateOnly? Period, ScoreHistogram Current, ScoreHistogram Previous);
