using Ekko.Analytics.Columnar;
using Ekko.Analytics.Insights;

namespace Ekko.Analytics.Tests.Insights;

/// <summary>
/// Synthetic two-period data with a known cause, for the root-cause evaluation. Five dimensions with uneven
/// value frequencies; every value has its own stable NPS level (so groups differ, as real ones do); volume
/// follows a weekday pattern; the cause lowers NPS for the answers it covers in the current period. When
/// <see cref="WithSymptom"/> is set, the affected customers also crowd into customer service, which then
/// looks worse too: a symptom that must not be named as the cause.
/// </summary>
internal sealed class RootCauseScenarios
{
    public static readonly (string Name, string[] Values)[] Dimensions =
    [
        ("touchpoint", ["web-shop", "checkout", "payment", "home-delivery", "parcel-locker", "store", "customer-service", "returns", "invoice", "newsletter"]),
        ("channel", ["web", "app", "email", "store"]),
        ("campaign", ["none", "spring-sale", "black-week", "christmas", "summer-sale", "back-to-school"]),
        ("region", ["stockholm", "vastra-gotaland", "skane", "oslo", "vestland", "hovedstaden", "midtjylland", "uppsala"]),
        ("segment", ["member", "guest", "business"]),
    ];

    public static readonly Period Baseline = new(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 15));
    public static readonly Period Current = new(new DateOnly(2026, 3, 16), new DateOnly(2026, 3, 29));

    public enum Kind
    {
        OneValue,
        TwoValuesOfOneDimension,
        TwoDimensionsCombined,
    }

    public required Kind Type { get; init; }

    public bool WithSymptom { get; init; }

    /// <summary>The true cause: one where-clause per culprit.</summary>
    public List<Dictionary<string, string>> Cause { get; } = [];

    public static RootCauseScenarios Create(Kind kind, int seed)
    {
        var random = new Random(seed);
        var scenario = new RootCauseScenarios { Type = kind, WithSymptom = seed % 2 == 0 };
        var first = random.Next(Dimensions.Length);
        switch (kind)
        {
            case Kind.OneValue:
                scenario.Cause.Add(new() { [Dimensions[first].Name] = Pick(random, first, 0) });
                break;
            case Kind.TwoValuesOfOneDimension:
                first = random.Next(2) == 0 ? 0 : 2 + random.Next(2); // a dimension with enough values: touchpoint, campaign or region
                var a = Pick(random, first, 0);
                var b = Pick(random, first, 0, a);
                scenario.Cause.Add(new() { [Dimensions[first].Name] = a });
                scenario.Cause.Add(new() { [Dimensions[first].Name] = b });
                break;
            default:
                var second = (first + 1 + random.Next(Dimensions.Length - 1)) % Dimensions.Length;
                // An intersection is small, so its values are among the most frequent: the change must be there to find.
                scenario.Cause.Add(new() { [Dimensions[first].Name] = Frequent(random, first), [Dimensions[second].Name] = Frequent(random, second) });
                break;
        }

        return scenario;
    }

    /// <summary>
    /// Builds the answers of both periods into an index. Scenarios vary: 1,000 or 3,000 answers a day, a drop
    /// of 0.2-0.35 in the promoter share for the affected answers (the same rise in detractors), and in every
    /// third scenario a small drift that lowers everyone a little (a change no value explains). For CSAT the
    /// drop is in the satisfied share; for volume the affected group sends 1.6-2.05 times as many answers.
    /// </summary>
    public ResponseIndex Build(int seed, Measure measure = Measure.Nps)
    {
        var random = new Random(seed * 7919);
        var answersPerDay = seed % 2 == 0 ? 3000 : 1000;
        var drop = 0.2 + random.NextDouble() * 0.15;
        var drift = seed % 3 == 0 ? 0.02 : 0;
        var weights = Dimensions.Select(d => d.Values.Select((_, i) => 1.0 / (i + 1.5)).ToArray()).ToArray();
        var level = Dimensions.Select(d => d.Values.Select(_ => (random.NextDouble() - 0.5) * 0.16).ToArray()).ToArray();
        var index = new ResponseIndex();
        var answers = new List<IndexedResponse>();
        for (var day = Baseline.From; day <= Current.To; day = day.AddDays(1))
        {
            var current = day >= Current.From;
            var volume = (int)(answersPerDay * (day.DayOfWeek is DayOfWeek.Sunday or DayOfWeek.Monday ? 1.3 : day.DayOfWeek == DayOfWeek.Saturday ? 0.8 : 1.0));
            for (var n = 0; n < volume; n++)
            {
                var values = new string[Dimensions.Length];
                var promoter = 0.45;
                for (var d = 0; d < Dimensions.Length; d++)
                {
                    var v = Weighted(random, weights[d]);
                    values[d] = Dimensions[d].Values[v];
                    promoter += level[d][v];
                }

                var affected = current && Cause.Any(c => c.All(w => values[Array.FindIndex(Dimensions, d => d.Name == w.Key)] == w.Value));
                // The symptom: affected customers crowd into customer service (unless the cause is a touchpoint itself).
                var symptom = affected && WithSymptom && !Cause.Any(c => c.ContainsKey("touchpoint"));
                if (measure == Measure.Volume)
                {
                    // The affected group sends 0.6-1.05 extra answers each, a third of them to customer service when
                    // there is a symptom; with a drift, everyone sends 2% fewer.
                    var extra = affected ? (int)(3 * drop) + (random.NextDouble() < 3 * drop % 1 ? 1 : 0) : 0;
                    if (!(current && drift > 0 && random.NextDouble() < drift))
                    {
                        answers.Add(new IndexedResponse(Metric.Csat, day, 4, null, Pairs(values)));
                    }

                    for (var c = 0; c < extra; c++)
                    {
                        var copy = (string[])values.Clone();
                        copy[0] = symptom && random.NextDouble() < 0.35 ? "customer-service" : copy[0];
                        answers.Add(new IndexedResponse(Metric.Csat, day, 4, null, Pairs(copy)));
                    }

                    continue;
                }

                if (symptom && random.NextDouble() < 0.35)
                {
                    values[0] = "customer-service";
                }

                var dimensions = Pairs(values);

                var lower = (affected ? drop : 0) + (current ? drift : 0);
                var roll = random.NextDouble();
                if (measure == Measure.Csat)
                {
                    var satisfied = Math.Clamp(promoter + 0.3 - lower, 0.02, 0.98);
                    answers.Add(new IndexedResponse(Metric.Csat, day, roll < satisfied ? 4 + random.Next(2) : 1 + random.Next(3), null, dimensions));
                    continue;
                }

                var detractor = 0.25 + lower;
                promoter = Math.Clamp(promoter - lower, 0.02, 0.95);
                var score = roll < promoter ? 9 + random.Next(2) : roll < promoter + Math.Min(detractor, 0.97 - promoter) ? random.Next(7) : 7 + random.Next(2);
                answers.Add(new IndexedResponse(Metric.Nps, day, score, null, dimensions));
            }
        }

        index.AddRange(answers);
        return index;
    }

    private static string Pick(Random random, int dimension, int skipFirst, string? not = null)
    {
        var values = Dimensions[dimension].Values.Skip(skipFirst).Where(v => v != not && v != "customer-service").ToArray();
        // Causes sit in values that are neither the largest nor tiny: the 2nd to 5th most frequent.
        return values[1 + random.Next(Math.Min(4, values.Length - 1))];
    }

    private static KeyValuePair<string, string?>[] Pairs(string[] values) =>
        [.. Dimensions.Select((d, i) => new KeyValuePair<string, string?>(d.Name, values[i]))];

    private static string Frequent(Random random, int dimension) => Dimensions[dimension].Values[random.Next(2)];

    private static int Weighted(Random random, double[] weights)
    {
        var roll = random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            roll -= weights[i];
            if (roll <= 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }
}
