using System.Globalization;
using Ekko.Analytics.Columnar;
using Xunit.Abstractions;

namespace Ekko.Analytics.Tests.Columnar;

/// <summary>
/// The index against <see cref="NaiveIndex"/> on random data: every cell of many random queries must have
/// exactly the counts per score that plain LINQ over the raw answers gives, before and after removals,
/// erasures, attribute updates and late arrivals.
/// </summary>
public sealed class ResponseIndexEquivalenceTests(ITestOutputHelper output)
{
    private static readonly DateOnly DataStart = new(2024, 1, 1);
    private const int DataDays = 731; // 2024-01-01 .. 2025-12-31

    private static readonly string[] Touchpoints = [.. Enumerable.Range(0, 8).Select(i => $"tp{i}")];
    private static readonly string[] Channels = ["email", "sms", "web", "app"];
    private static readonly string[] Languages = ["sv", "en", "fi"];
    private static readonly string[] Stores = [.. Enumerable.Range(0, 300).Select(i => $"s{i:000}")];
    private static readonly string[] Campaigns = ["spring", "summer", "autumn"];
    private static readonly string[] Tiers = ["gold", "silver", "bronze"];
    private static readonly string[] Countries = ["se", "no", "dk", "fi"];

    /// <summary>What queries group and filter by, with the values filters pick from.</summary>
    private static readonly (string Name, string[] Values)[] Dimensions =
    [
        ("touchpoint", Touchpoints), ("channel", Channels), ("language", Languages), ("store", Stores), ("campaign", Campaigns),
        ("customer.tier", [.. Tiers, "platinum"]), ("customer.country", Countries), ("nope", ["x"]), ("customer.nope", ["x"]),
    ];

    [Fact]
    public void Every_cell_of_random_queries_matches_a_naive_recomputation()
    {
        var random = new Random(20240101);
        var model = new NaiveIndex();
        using var index = new ResponseIndex();

        // Customers c0..c1999 have attributes from the start (some without a country, some with a null tier);
        // c2000..c2999 answer but never get attributes.
        for (var c = 0; c < 2000; c++)
        {
            SetAttributes(index, model, $"c{c}", RandomAttributes(random));
        }

        AddInBatches(index, model, Enumerable.Range(0, 30_000).Select(i => RandomResponse(random, i, 50_000, withCampaign: false)).ToList(), random);

        // Profile updates regroup past answers: 300 customers change, some to a tier no one had, some lose every attribute;
        // c3000..c3099 get attributes before their first answer.
        for (var k = 0; k < 300; k++)
        {
            var customer = $"c{random.Next(0, 3000)}";
            SetAttributes(index, model, customer, random.Next(10) == 0 ? [] : RandomAttributes(random, "platinum"));
        }

        for (var c = 3000; c < 3100; c++)
        {
            SetAttributes(index, model, $"c{c}", RandomAttributes(random));
        }

        // The rest, with a "campaign" dimension the first 30,000 answers never had.
        AddInBatches(index, model, Enumerable.Range(30_000, 20_000).Select(i => RandomResponse(random, i, 50_000, withCampaign: true)).ToList(), random);
        Assert.Equal(model.Rows.Count, index.Count);

        var (compared, tooMany) = CompareRandomQueries(index, model, random, 100, "after adding");

        // Remove 600 random answers, each through a fresh but equal copy (dimensions reordered, missing values
        // written three ways), and try to remove 100 answers that are not there.
        for (var k = 0; k < 600; k++)
        {
            var row = model.Rows[random.Next(model.Rows.Count)];
            var copy = EqualCopy(row, random);
            Assert.True(index.Remove(copy), $"could not remove {Describe(row)}");
            Assert.True(model.Remove(copy));
        }

        for (var k = 0; k < 100; k++)
        {
            var row = model.Rows[random.Next(model.Rows.Count)];
            var changed = random.Next(3) switch
            {
                0 => row with { Day = row.Day.AddDays(random.Next(1, 5)) },
                1 => row with { Customer = row.Customer is null ? "c0" : null },
                _ => row with { Dimensions = [.. row.Dimensions.Where(d => d.Key != "touchpoint"), new("touchpoint", "tp-unknown")] },
            };
            Assert.Equal(model.Remove(changed), index.Remove(changed));
        }

        // Erase 25 customers; some of them come back later with new answers but no attributes.
        for (var k = 0; k < 25; k++)
        {
            var customer = $"c{random.Next(0, 3100)}";
            Assert.Equal(model.RemoveCustomer(customer), index.RemoveCustomer(customer));
        }

        Assert.Equal(0, index.RemoveCustomer("never-seen"));

        // Late arrivals anywhere in the two years, and into the previous-period range of early queries.
        AddInBatches(index, model, Enumerable.Range(0, 3000).Select(i => RandomResponse(random, random.Next(50_000), 50_000, withCampaign: true) with
        {
            Day = DataStart.AddDays(random.Next(-60, DataDays)),
        }).ToList(), random);
        Assert.Equal(model.Rows.Count, index.Count);

        var (comparedAfter, tooManyAfter) = CompareRandomQueries(index, model, random, 100, "after removing");
        output.WriteLine($"{model.Rows.Count} answers; {compared + comparedAfter} cells compared; {tooMany + tooManyAfter} queries over the group limit");
        Assert.True(compared > 5000 && comparedAfter > 5000, "the random queries should produce plenty of cells");
    }

    [Fact]
    public void Several_chunks_match_the_naive_recomputation()
    {
        // 140,000 NPS answers fill two chunks of 65,536 and part of a third; late answers go into the last
        // chunk and widen its day range over the first two.
        var random = new Random(65536);
        var model = new NaiveIndex();
        using var index = new ResponseIndex();
        for (var c = 0; c < 2000; c++)
        {
            SetAttributes(index, model, $"c{c}", RandomAttributes(random));
        }

        var rows = Enumerable.Range(0, 140_000).Select(i => RandomResponse(random, i, 140_000, withCampaign: i > 70_000) with { Metric = Metric.Nps })
            .Select(r => r with { Score = random.Next(0, 11) }).ToList();
        AddInBatches(index, model, rows, random);
        Assert.Equal(140_000, index.Count);

        CompareRandomQueries(index, model, random, 25, "several chunks", metric: Metric.Nps);
    }

    private (int Cells, int TooMany) CompareRandomQueries(ResponseIndex index, NaiveIndex model, Random random, int count, string phase, Metric? metric = null)
    {
        int cells = 0, tooMany = 0;
        for (var q = 0; q < count; q++)
        {
            var query = RandomQuery(random, metric);
            var context = $"{phase}, query {q}: {Cells.Describe(query)}";
            if (model.Groups(query) > ResponseIndex.MaxGroups)
            {
                Assert.Throws<TooManyGroupsException>(() => index.Query(query));
                tooMany++;
                continue;
            }

            var expected = model.Query(query);
            Cells.AssertSame(expected, index.Query(query), context);
            cells += expected.Count;
        }

        output.WriteLine($"{phase}: {count} queries, {cells} cells");
        return (cells, tooMany);
    }

    private static MetricQuery RandomQuery(Random random, Metric? metric)
    {
        var from = new DateOnly(2023, 11, 1).AddDays(random.Next(0, 820));
        var length = random.Next(3) switch
        {
            0 => random.Next(1, 15),
            1 => random.Next(15, 121),
            _ => random.Next(121, 801),
        };
        TimeGrain? grain = random.Next(20) switch
        {
            < 7 => null,
            < 10 => length <= 120 ? TimeGrain.Day : TimeGrain.Week,
            < 15 => TimeGrain.Week,
            _ => TimeGrain.Month,
        };
        var groupBy = Dimensions.OrderBy(_ => random.Next()).Take(random.Next(3)).Select(d => d.Name).ToArray();
        var filters = new Dictionary<string, IReadOnlyCollection<string>>(StringComparer.Ordinal);
        var filterCount = random.Next(20) switch { < 10 => 0, < 17 => 1, _ => 2 };
        foreach (var (name, values) in Dimensions.OrderBy(_ => random.Next()).Take(filterCount))
        {
            var picked = values.OrderBy(_ => random.Next()).Take(random.Next(1, Math.Max(2, values.Length * 2 / 3))).ToList();
            if (random.Next(10) == 0)
            {
                picked.Add("not-a-value");
            }

            filters[name] = picked;
        }

        return new MetricQuery(metric ?? (Metric)random.Next(3), from, from.AddDays(length - 1)) { GroupBy = groupBy, Grain = grain, Filters = filters };
    }

    /// <summary>
    /// Answer <paramref name="i"/> of <paramref name="total"/>: days mostly in order over the two years, 3% of them
    /// late by up to 90 days; 60% NPS, 25% CSAT, 15% CES; 10% anonymous.
    /// </summary>
    private static IndexedResponse RandomResponse(Random random, int i, int total, bool withCampaign)
    {
        var day = DataStart.AddDays((int)((long)i * DataDays / total) + random.Next(0, 3));
        if (random.Next(100) < 3)
        {
            day = day.AddDays(-random.Next(1, 91));
        }

        var metric = random.Next(20) switch { < 12 => Metric.Nps, < 17 => Metric.Csat, _ => Metric.Ces };
        var (min, max) = metric.ScaleOf();
        // Skewed scores: the highest answers are the most common.
        var score = Math.Max(min, max - (int)Math.Floor(Math.Pow(random.NextDouble(), 1.5) * (max - min + 1)));
        var dimensions = new List<KeyValuePair<string, string?>> { new("touchpoint", Pick(random, Touchpoints)) };
        switch (random.Next(20))
        {
            case 0 or 1:
                break; // no channel at all
            case 2:
                dimensions.Add(new("channel", null));
                break;
            case 3:
                dimensions.Add(new("channel", ""));
                break;
            default:
                dimensions.Add(new("channel", Pick(random, Channels)));
                break;
        }

        if (random.Next(10) < 6)
        {
            dimensions.Add(new("language", Pick(random, Languages)));
        }

        if (random.Next(10) < 3)
        {
            dimensions.Add(new("store", Pick(random, Stores)));
        }

        if (withCampaign && random.Next(2) == 0)
        {
            dimensions.Add(new("campaign", Pick(random, Campaigns)));
        }

        var customer = random.Next(10) == 0 ? null : $"c{random.Next(0, 3100)}";
        return new IndexedResponse(metric, day, score, customer, [.. dimensions.OrderBy(_ => random.Next())]);
    }

    private static List<KeyValuePair<string, string?>> RandomAttributes(Random random, params string[] extraTiers)
    {
        var attributes = new List<KeyValuePair<string, string?>>
        {
            new("tier", random.Next(10) == 0 ? null : Pick(random, [.. Tiers, .. extraTiers])),
        };
        if (random.Next(5) != 0)
        {
            attributes.Add(new("country", Pick(random, Countries)));
        }

        return attributes;
    }

    private static void SetAttributes(ResponseIndex index, NaiveIndex model, string customer, List<KeyValuePair<string, string?>> attributes)
    {
        index.SetCustomerAttributes(customer, attributes);
        model.SetCustomerAttributes(customer, attributes);
    }

    private static void AddInBatches(ResponseIndex index, NaiveIndex model, List<IndexedResponse> rows, Random random)
    {
        for (var start = 0; start < rows.Count;)
        {
            var batch = rows.Skip(start).Take(random.Next(1, 3000)).ToList();
            if (batch.Count == 1)
            {
                index.Add(batch[0]);
            }
            else
            {
                index.AddRange(batch);
            }

            batch.ForEach(model.Add);
            start += batch.Count;
        }
    }

    /// <summary>A new answer equal to <paramref name="row"/> in every stored field: dimensions shuffled, a missing one sometimes written as null or "".</summary>
    private static IndexedResponse EqualCopy(IndexedResponse row, Random random)
    {
        var dimensions = row.Dimensions.Where(d => !string.IsNullOrEmpty(d.Value)).ToList();
        if (random.Next(2) == 0 && dimensions.TrueForAll(d => d.Key != "channel"))
        {
            dimensions.Add(new("channel", random.Next(2) == 0 ? null : ""));
        }

        return new IndexedResponse(row.Metric, row.Day, row.Score, row.Customer is null ? null : new string(row.Customer.AsSpan()), [.. dimensions.OrderBy(_ => random.Next())]);
    }

    private static string Describe(IndexedResponse row) => string.Create(CultureInfo.InvariantCulture,
        $"{row.Metric} {row.Day:yyyy-MM-dd} {row.Score} {row.Customer ?? "anonymous"} {string.Join(", ", row.Dimensions.Select(d => $"{d.Key}={d.Value}"))}");

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
