namespace Ekko.Analytics.Columnar;

/// <summary>
/// One scored answer as the index stores it: its metric, UTC day, score, the customer it came from (null when
/// anonymous) and its dimensions (touchpoint, channel, language, survey, attributes) by name.
/// </summary>
public sealed record IndexedResponse(
    Metric Metric, DateOnly Day, int Score, string? Customer, IReadOnlyList<KeyValuePair<string, string?>> Dimensions);
