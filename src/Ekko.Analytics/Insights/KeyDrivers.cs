using MathNet.Numerics.LinearAlgebra;

namespace Ekko.Analytics.Insights;

/// <summary>
/// One driver's importance for the outcome: <see cref="Johnson"/> = its relative weight (Johnson 2000: its
/// share of R² through orthogonal stand-ins for the correlated drivers), <see cref="Shapley"/> = its exact
/// Shapley share of R² (averaged over every order of adding drivers; null beyond <see cref="KeyDrivers.MaxShapleyDrivers"/>),
/// both as fractions of R²; <see cref="Ci95"/> = a bootstrap interval of the Johnson share; <see cref="Performance"/>
/// = the driver's mean (a rating's mean, or the share of answers with an indicator).
/// </summary>
public sealed record DriverImportance(string Name, double Johnson, double? Shapley, Metrics.Interval? Ci95, double Performance);

public sealed record DriverAnalysis(double RSquared, long N, IReadOnlyList<DriverImportance> Drivers);

/// <summary>
/// Key-driver analysis: how much each driver (a touchpoint rating, a theme's mention) accounts for the
/// variation of the outcome (a respondent's NPS score). Ordinary regression weights mislead when drivers
/// correlate, as ratings of one experience do; relative weights and Shapley shares divide R² fairly.
/// </summary>
public static class KeyDrivers
{
    /// <summary>Exact Shapley needs 2^p regressions: beyond 15 drivers (32,768) only relative weights are given.</summary>
    public const int MaxShapleyDrivers = 15;

    /// <param name="drivers">One column per driver, all of the outcome's length.</param>
    /// <param name="bootstrap">Resamples for the intervals (0: none).</param>
    public static DriverAnalysis Analyze(IReadOnlyList<string> names, IReadOnlyList<double[]> drivers, double[] outcome, int bootstrap = 0, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(drivers);
        ArgumentNullException.ThrowIfNull(outcome);
        if (names.Count != drivers.Count || drivers.Any(d => d.Length != outcome.Length))
        {
            throw new ArgumentException("every driver needs a name and one value per outcome", nameof(drivers));
        }

        var rows = Enumerable.Range(0, outcome.Length).ToArray();
        var (rxx, rxy) = Correlations(drivers, outcome, rows);
        var johnson = RelativeWeights(rxx, rxy);
        var rSquared = johnson.Sum();
        var shapley = drivers.Count <= MaxShapleyDrivers ? ShapleyValues(rxx, rxy) : null;
        var intervals = Bootstrap(drivers, outcome, bootstrap, seed);
        return new DriverAnalysis(rSquared, outcome.Length, [.. names.Select((name, j) => new DriverImportance(
            name,
            rSquared > 0 ? johnson[j] / rSquared : 0,
            shapley is null ? null : rSquared > 0 ? shapley[j] / rSquared : 0,
            intervals?[j],
            drivers[j].Average()))
            .OrderByDescending(d => d.Johnson)]);
    }

    /// <summary>Johnson's relative weights, summing to R²: regress on the orthogonal Z closest to X, then share each Z's part back.</summary>
    internal static double[] RelativeWeights(Matrix<double> rxx, Vector<double> rxy)
    {
        var eigen = rxx.Evd(Symmetricity.Symmetric);
        var root = eigen.EigenVectors * Matrix<double>.Build.DiagonalOfDiagonalVector(eigen.EigenValues.Real().Map(v => Math.Sqrt(Math.Max(v, 0))))
            * eigen.EigenVectors.Transpose();
        var beta = root.PseudoInverse() * rxy;
        return [.. Enumerable.Range(0, rxy.Count).Select(j => Enumerable.Range(0, rxy.Count).Sum(k => root[j, k] * root[j, k] * beta[k] * beta[k]))];
    }

    /// <summary>Exact Shapley shares of R²: each driver's average gain in R² over all orders of adding drivers.</summary>
    internal static double[] ShapleyValues(Matrix<double> rxx, Vector<double> rxy)
    {
        var p = rxy.Count;
        var r2 = new double[1 << p];
        for (var subset = 1; subset < r2.Length; subset++)
        {
            r2[subset] = RSquared(rxx, rxy, subset);
        }

        var weight = new double[p];
        for (var size = 0; size < p; size++)
        {
            weight[size] = Factorial(size) * Factorial(p - size - 1) / Factorial(p);
        }

        var shapley = new double[p];
        for (var subset = 0; subset < r2.Length; subset++)
        {
            var size = System.Numerics.BitOperations.PopCount((uint)subset);
            for (var j = 0; j < p; j++)
            {
                if ((subset & (1 << j)) == 0)
                {
                    shapley[j] += weight[size] * (r2[subset | (1 << j)] - r2[subset]);
                }
            }
        }

        return shapley;
    }

    /// <summary>R² of the drivers in <paramref name="subset"/> (a bit set), from correlations: r' R⁻¹ r.</summary>
    private static double RSquared(Matrix<double> rxx, Vector<double> rxy, int subset)
    {
        var members = Enumerable.Range(0, rxy.Count).Where(j => (subset & (1 << j)) != 0).ToArray();
        var r = Matrix<double>.Build.Dense(members.Length, members.Length, (a, b) => rxx[members[a], members[b]]);
        var v = Vector<double>.Build.Dense(members.Length, a => rxy[members[a]]);
        try
        {
            // Correlation matrices are positive definite unless drivers are collinear: Cholesky is the fast way.
            return v.DotProduct(r.Cholesky().Solve(v));
        }
        catch (ArgumentException)
        {
            return v.DotProduct(r.PseudoInverse() * v);
        }
    }

    private static Metrics.Interval[]? Bootstrap(IReadOnlyList<double[]> drivers, double[] outcome, int resamples, int seed)
    {
        if (resamples <= 0)
        {
            return null;
        }

        var random = new Random(seed);
        var shares = new double[drivers.Count][];
        for (var j = 0; j < drivers.Count; j++)
        {
            shares[j] = new double[resamples];
        }

        for (var b = 0; b < resamples; b++)
        {
            var rows = new int[outcome.Length];
            for (var i = 0; i < rows.Length; i++)
            {
                rows[i] = random.Next(outcome.Length);
            }

            var (rxx, rxy) = Correlations(drivers, outcome, rows);
            var weights = RelativeWeights(rxx, rxy);
            var total = weights.Sum();
            for (var j = 0; j < drivers.Count; j++)
            {
                shares[j][b] = total > 0 ? weights[j] / total : 0;
            }
        }

        return [.. shares.Select(s =>
        {
            Array.Sort(s);
            return new Metrics.Interval(s[(int)(0.025 * (s.Length - 1))], s[(int)Math.Ceiling(0.975 * (s.Length - 1))]);
        })];
    }

    /// <summary>Pearson correlations among the drivers and with the outcome, over the given rows (a constant column correlates 0).</summary>
    private static (Matrix<double> Rxx, Vector<double> Rxy) Correlations(IReadOnlyList<double[]> drivers, double[] outcome, int[] rows)
    {
        var columns = drivers.Append(outcome).ToArray();
        var k = columns.Length;
        var means = new double[k];
        foreach (var i in rows)
        {
            for (var c = 0; c < k; c++)
            {
                means[c] += columns[c][i];
            }
        }

        for (var c = 0; c < k; c++)
        {
            means[c] /= rows.Length;
        }

        var covariance = new double[k, k];
        var centred = new double[k];
        foreach (var i in rows)
        {
            for (var c = 0; c < k; c++)
            {
                centred[c] = columns[c][i] - means[c];
            }

            for (var a = 0; a < k; a++)
            {
                for (var b = a; b < k; b++)
                {
                    covariance[a, b] += centred[a] * centred[b];
                }
            }
        }

        double Correlation(int a, int b)
        {
            var (low, high) = a <= b ? (a, b) : (b, a);
            var denominator = Math.Sqrt(covariance[a, a] * covariance[b, b]);
            return a == b ? 1 : denominator > 0 ? covariance[low, high] / denominator : 0;
        }

        var p = k - 1;
        return (Matrix<double>.Build.Dense(p, p, Correlation), Vector<double>.Build.Dense(p, j => Correlation(j, p)));
    }

    private static double Factorial(int n)
    {
        double result = 1;
        for (var i = 2; i <= n; i++)
        {
            result *= i;
        }

        return result;
    }
}
