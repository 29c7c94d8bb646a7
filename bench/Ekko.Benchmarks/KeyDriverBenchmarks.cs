using BenchmarkDotNet.Attributes;
using Ekko.Analytics.Insights;

namespace Ekko.Benchmarks;

/// <summary>Key-driver analysis on 50,000 synthetic respondents: 20 drivers (relative weights only) and 15 (with exact Shapley).</summary>
[MemoryDiagnoser]
public class KeyDriverBenchmarks
{
    private const int Respondents = 50_000;
    private double[][] drivers = [];
    private double[] outcome = [];
    private string[] names = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        drivers = [.. Enumerable.Range(0, 20).Select(_ => new double[Respondents])];
        outcome = new double[Respondents];
        for (var i = 0; i < Respondents; i++)
        {
            var common = random.NextDouble();
            for (var j = 0; j < drivers.Length; j++)
            {
                drivers[j][i] = Math.Round(1 + 4 * (0.5 * common + 0.5 * random.NextDouble()));
                outcome[i] += drivers[j][i] * (20 - j) / 100.0;
            }

            outcome[i] = Math.Clamp(Math.Round(outcome[i] + random.NextDouble() * 3), 0, 10);
        }

        names = [.. Enumerable.Range(0, 20).Select(j => $"driver-{j}")];
    }

    [Benchmark]
    public int TwentyDrivers_RelativeWeights() => KeyDrivers.Analyze(names, drivers, outcome).Drivers.Count;

    [Benchmark]
    public int FifteenDrivers_RelativeWeightsAndExactShapley() => KeyDrivers.Analyze(names[..15], drivers[..15], outcome).Drivers.Count;
}
