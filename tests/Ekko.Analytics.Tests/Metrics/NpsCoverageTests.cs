using Ekko.Analytics.Metrics;
using Xunit.Abstractions;

namespace Ekko.Analytics.Tests.Metrics;

/// <summary>
/// How often the reported 95% NPS interval (adjusted Wald, clamped, widened to the raw value) contains the true
/// NPS, for realistic shares of promoters / passives / detractors and the sample sizes dashboards show.
///
/// Exact coverage, by summing the trinomial probabilities of every possible sample (the second test), is
/// between 94.24% (n = 30, 30/30/40) and 95.44% (n = 30, 70/20/10) in all 16 cases, so the claim "about 95%
/// from 30 answers" holds per case within 94-96%. The simulation (the first test) draws 20,000 samples per
/// case: its standard error per case is sqrt(0.95 * 0.05 / 20000) = 0.15 points, so one case whose exact
/// coverage is 94.24% falls under 94% with a probability of about 7% for an arbitrary seed. The simulation
/// therefore asserts the aggregate over the four distributions per n (80,000 samples, standard error 0.08
/// points; exact aggregates 94.77-95.00%) within 94-96%, and each case within 93.5-96.5% (at least 4.6
/// standard errors from any exact value); the exact test asserts every case within 94-96% with no sampling
/// noise at all.
/// </summary>
public sealed class NpsCoverageTests(ITestOutputHelper output)
{
    private const int SamplesPerCase = 20_000;

    private static readonly int[] SampleSizes = [30, 50, 100, 300];

    private static readonly (double Promoters, double Passives, double Detractors)[] Distributions =
        [(0.5, 0.3, 0.2), (0.3, 0.3, 0.4), (0.7, 0.2, 0.1), (0.2, 0.5, 0.3)];

    [Fact]
    public void Simulated_coverage_of_the_true_nps_is_close_to_95_percent()
    {
        var random = new Random(20261123);
        foreach (var n in SampleSizes)
        {
            var coveredForN = 0;
            foreach (var (pro, pas, det) in Distributions)
            {
                var truth = 100 * (pro - det);
                var covered = 0;
                for (var sample = 0; sample < SamplesPerCase; sample++)
                {
                    long promoters = 0, passives = 0, detractors = 0;
                    for (var i = 0; i < n; i++)
                    {
                        var u = random.NextDouble();
                        if (u < pro)
                        {
                            promoters++;
                        }
                        else if (u < pro + pas)
                        {
                            passives++;
                        }
                        else
                        {
                            detractors++;
                        }
                    }

                    if (NetPromoterScore.Estimate(promoters, passives, detractors).Ci95!.Value.Contains(truth))
                    {
                        covered++;
                    }
                }

                var coverage = 100.0 * covered / SamplesPerCase;
                output.WriteLine($"n = {n}, {pro}/{pas}/{det}: simulated coverage {coverage:F2}%");
                Assert.InRange(coverage, 93.5, 96.5);
                coveredForN += covered;
            }

            var aggregate = 100.0 * coveredForN / (SamplesPerCase * Distributions.Length);
            output.WriteLine($"n = {n}: simulated coverage over the four distributions {aggregate:F2}%");
            Assert.InRange(aggregate, 94, 96);
        }
    }

    [Fact]
    public void Exact_coverage_of_the_true_nps_is_within_94_and_96_percent()
    {
        foreach (var n in SampleSizes)
        {
            // log(k!) for the multinomial coefficients.
            var logFactorial = new double[n + 1];
            for (var k = 1; k <= n; k++)
            {
                logFactorial[k] = logFactorial[k - 1] + Math.Log(k);
            }

            foreach (var (pro, pas, det) in Distributions)
            {
                var truth = 100 * (pro - det);
                double coverage = 0, total = 0;
                for (var promoters = 0; promoters <= n; promoters++)
                {
                    for (var detractors = 0; promoters + detractors <= n; detractors++)
                    {
                        var passives = n - promoters - detractors;
                        var probability = Math.Exp(logFactorial[n] - logFactorial[promoters] - logFactorial[passives] - logFactorial[detractors]
                            + promoters * Math.Log(pro) + passives * Math.Log(pas) + detractors * Math.Log(det));
                        total += probability;
                        if (NetPromoterScore.Estimate(promoters, passives, detractors).Ci95!.Value.Contains(truth))
                        {
                            coverage += probability;
                        }
                    }
                }

                output.WriteLine($"n = {n}, {pro}/{pas}/{det}: exact coverage {100 * coverage:F3}%");
                Assert.Equal(1, total, 9);
                Assert.InRange(100 * coverage, 94, 96);
            }
        }
    }
}
