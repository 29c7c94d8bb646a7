namespace Ekko.Text.Topics;

/// <summary>Benjamini-Hochberg adjusted p-values (q-values), in the order of the input.</summary>
public static class BenjaminiHochberg
{
    public static double[] Adjust(IReadOnlyList<double> pValues)
    {
        ArgumentNullException.ThrowIfNull(pValues);
        var n = pValues.Count;
        var order = Enumerable.Range(0, n).OrderBy(i => pValues[i]).ToArray();
        var adjusted = new double[n];
        var running = 1.0;
        for (var rank = n; rank >= 1; rank--)
        {
            var index = order[rank - 1];
            running = Math.Min(running, pValues[index] * n / rank);
            adjusted[index] = Math.Min(1, running);
        }

        return adjusted;
    }
}
