using MathNet.Numerics.Distributions;

namespace Ekko.Analytics.Metrics;

/// <summary>The standard normal quantities the intervals and tests need.</summary>
internal static class Normal95
{
    /// <summary>z for a two-sided 95% interval.</summary>
    public const double Z = 1.959963984540054;

    public static double TwoSidedP(double z) => 2 * (1 - Normal.CDF(0, 1, Math.Abs(z)));
}
