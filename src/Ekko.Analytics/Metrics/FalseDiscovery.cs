namespace Ekko.Analytics.Metrics;

/// <summary>
/// Benjamini-Hochberg adjustment: when a dashboard compares many segments at once, some would look
/// "significant" by chance alone. Calling a change significant when its adjusted q-value is under 0.05 keeps
/// the expected share of false alarms among the flagged changes under 5%.
/// </summary>
public static class FalseDiscovery
{
    public const double Level = 0.05;

    /// <summary>The q-value of each p-value, in the same order; nulls (untestable cells) stay null and do not count.</summary>
    public static double?[] Adjust(IReadOnlyList<double?> pValues)
    {
        ArgumentNullException.ThrowIfNull(pValues);
        var tested = pValues.Select((p, index) => (P: p, Index: index)).Where(x => x.P is not null)
            .OrderBy(x => x.P).ToArray();
        var adjusted = new double?[pValues.Count];
        var m = tested.Length;
        var running = 1.0;
        for (var rank = m; rank >= 1; rank--)
        {
            var (p, index) = tested[rank - 1];
            // p * (m / rank), not p * m / rank: m / rank >= 1, so the product never rounds below p (0.7 * 3 / 3 is 0.6999999999999998).
            running = Math.Min(running, p!.Value * ((double)m / rank));
            adjusted[index] = running;
        }

        return adjusted;
    }
}
