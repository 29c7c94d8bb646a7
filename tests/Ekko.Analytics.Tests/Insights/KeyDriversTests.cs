using Ekko.Analytics.Insights;
using MathNet.Numerics.LinearAlgebra;

namespace Ekko.Analytics.Tests.Insights;

public sealed class KeyDriversTests
{
    [Fact]
    public void Uncorrelated_drivers_share_R2_by_their_squared_correlations()
    {
        // x1, x2 and the noise e are orthogonal +-1 patterns (Walsh functions), so y = 2 x1 + x2 + e has
        // var 6, r1^2 = 4/6, r2^2 = 1/6, R^2 = 5/6, and both methods give the shares 0.8 and 0.2 exactly.
        double[] x1 = [.. Enumerable.Range(0, 400).Select(i => i % 2 == 0 ? 1.0 : -1)];
        double[] x2 = [.. Enumerable.Range(0, 400).Select(i => i / 2 % 2 == 0 ? 1.0 : -1)];
        double[] e = [.. Enumerable.Range(0, 400).Select(i => x1[i] * x2[i])];
        double[] y = [.. Enumerable.Range(0, 400).Select(i => 2 * x1[i] + x2[i] + e[i])];

        var analysis = KeyDrivers.Analyze(["delivery", "price"], [x1, x2], y);

        Assert.Equal(5.0 / 6, analysis.RSquared, 10);
        Assert.Equal(["delivery", "price"], analysis.Drivers.Select(d => d.Name));
        Assert.Equal(0.8, analysis.Drivers[0].Johnson, 10);
        Assert.Equal(0.8, analysis.Drivers[0].Shapley!.Value, 10);
        Assert.Equal(0.2, analysis.Drivers[1].Johnson, 10);
    }

    [Fact]
    public void Shapley_of_two_correlated_drivers_matches_the_formula()
    {
        // r12 = 0.5, r1y = 0.6, r2y = 0.4: R2(1) = 0.36, R2(2) = 0.16, R2(12) = (0.36 + 0.16 - 2*0.6*0.4*0.5) / 0.75 = 0.37333...
        // Shapley(1) = (0.36 + (0.37333 - 0.16)) / 2 = 0.286667; Shapley(2) = (0.16 + (0.37333 - 0.36)) / 2 = 0.086667.
        var rxx = Matrix<double>.Build.DenseOfArray(new[,] { { 1, 0.5 }, { 0.5, 1 } });
        var rxy = Vector<double>.Build.Dense([0.6, 0.4]);

        var shapley = KeyDrivers.ShapleyValues(rxx, rxy);
        var johnson = KeyDrivers.RelativeWeights(rxx, rxy);

        Assert.Equal(0.2866667, shapley[0], 6);
        Assert.Equal(0.0866667, shapley[1], 6);
        Assert.Equal(0.3733333, johnson.Sum(), 6); // relative weights add up to R^2
    }

    [Fact]
    public void Johnson_and_Shapley_agree_within_two_points_of_R2_on_correlated_drivers()
    {
        // Eight drivers sharing a common factor (pairwise correlation about 0.5), with unequal true effects.
        var random = new Random(11);
        const int n = 5000;
        var drivers = Enumerable.Range(0, 8).Select(_ => new double[n]).ToArray();
        var y = new double[n];
        double[] effects = [0.9, 0.6, 0.5, 0.3, 0.2, 0.1, 0.05, 0];
        for (var i = 0; i < n; i++)
        {
            var common = Gaussian(random);
            for (var j = 0; j < drivers.Length; j++)
            {
                drivers[j][i] = common + Gaussian(random);
                y[i] += effects[j] * drivers[j][i];
            }

            y[i] += 2 * Gaussian(random);
        }

        var analysis = KeyDrivers.Analyze([.. Enumerable.Range(0, 8).Select(j => $"d{j}")], drivers, y, bootstrap: 100);

        Assert.All(analysis.Drivers, d => Assert.True(Math.Abs(d.Johnson - d.Shapley!.Value) < 0.02, $"{d.Name}: {d.Johnson:F3} vs {d.Shapley:F3}"));
        Assert.Equal("d0", analysis.Drivers[0].Name);
        Assert.All(analysis.Drivers, d => Assert.True(d.Ci95!.Value.Contains(d.Johnson), $"{d.Name}: {d.Johnson:F3} outside {d.Ci95}"));
        Assert.Equal(1, analysis.Drivers.Sum(d => d.Johnson), 9);
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
