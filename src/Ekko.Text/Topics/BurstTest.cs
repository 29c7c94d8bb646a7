namespace Ekko.Text.Topics;

/// <summary>How often a theme was mentioned in the current period and in the trailing baseline.</summary>
public sealed record ThemeCounts(string ThemeId, int CurrentMentions, int CurrentComments, int BaselineMentions, int BaselineComments);

/// <summary>A theme whose share of comments rose; <see cref="QValue"/> is its Benjamini-Hochberg adjusted p-value.</summary>
public sealed record ThemeBurst(string ThemeId, double CurrentShare, double BaselineShare, double Z, double PValue, double QValue, bool Significant);

/// <summary>
/// Emerging themes: for each theme a one-sided two-proportion z-test (pooled variance) of the current period's share
/// of comments against its trailing baseline, and Benjamini-Hochberg control of the false discovery rate across
/// themes, so that eleven themes tested every day do not raise a false alarm most weeks.
/// </summary>
public static class BurstTest
{
    public static IReadOnlyList<ThemeBurst> Run(IReadOnlyList<ThemeCounts> counts, double falseDiscoveryRate = 0.05)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var tests = counts.Select(c =>
        {
            if (c.CurrentComments <= 0 || c.BaselineComments <= 0 || c.CurrentMentions < 0 || c.BaselineMentions < 0
                || c.CurrentMentions > c.CurrentComments || c.BaselineMentions > c.BaselineComments)
            {
                throw new ArgumentException($"theme '{c.ThemeId}': counts must be non-negative with mentions <= comments > 0", nameof(counts));
            }

            var p1 = (double)c.CurrentMentions / c.CurrentComments;
            var p0 = (double)c.BaselineMentions / c.BaselineComments;
            var pooled = (double)(c.CurrentMentions + c.BaselineMentions) / (c.CurrentComments + c.BaselineComments);
            var se = Math.Sqrt(pooled * (1 - pooled) * ((1.0 / c.CurrentComments) + (1.0 / c.BaselineComments)));
            var z = se == 0 ? 0 : (p1 - p0) / se;
            return (c.ThemeId, p1, p0, z, P: UpperTail(z));
        }).ToArray();

        var q = BenjaminiHochberg.Adjust([.. tests.Select(t => t.P)]);
        return [.. tests.Select((t, i) => new ThemeBurst(t.ThemeId, t.p1, t.p0, Math.Round(t.z, 6), t.P, q[i], q[i] <= falseDiscoveryRate && t.z > 0))];
    }

    /// <summary>P(Z >= z) for a standard normal Z.</summary>
    public static double UpperTail(double z) => 0.5 * Erfc(z / Math.Sqrt(2));

    /// <summary>Complementary error function (Numerical Recipes' erfcc, relative error below 1.2e-7).</summary>
    private static double Erfc(double x)
    {
        var z = Math.Abs(x);
        var t = 1 / (1 + (0.5 * z));
        var poly = -1.26551223 + (t * (1.00002368 + (t * (0.37409196 + (t * (0.09678418 + (t * (-0.18628806
            + (t * (0.27886807 + (t * (-1.13520398 + (t * (1.48851587 + (t * (-0.82215223 + (t * 0.17087277)))))))))))))))));
        var r = t * Math.Exp(-(z * z) + poly);
        return x >= 0 ? r : 2 - r;
    }
}
