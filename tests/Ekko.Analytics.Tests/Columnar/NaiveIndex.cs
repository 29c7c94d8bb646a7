using Ekko.Analytics.Columnar;
using Ekko.Analytics.Metrics;

namespace Ekko.Analytics.Tests.Columnar;

/// <summary>
/// The plain, obviously-correct version of <see cref="ResponseIndex"/> the tests compare it with: a list of
/// the raw answers, the customers' current attributes, and LINQ over both for every query. Written from the
/// definition, not from the index's code:
/// <list type="bullet">
/// <item>A dimension's value is the answer's own (the last pair of that name; "" counts as missing), or for
/// <c>customer.NAME</c> the answering customer's current attribute; an unknown dimension has no value.</item>
/// <item>A filter keeps answers whose value is one of the listed values (a missing value never matches).</item>
/// <item>Without a grain the one bucket is [From, To], its previous period the same number of days before From.</item>
/// <item>With a grain the buckets are [From, start of the next period), then whole periods clipped at To; each
/// bucket's previous period is the bucket before it, and the first bucket's is the whole grain period before
/// the period containing From.</item>
/// </list>
/// </summary>
internal sealed class NaiveIndex
{
    private readonly Dictionary<string, Dictionary<string, string?>> attributes = new(StringComparer.Ordinal);

    // Every value a dimension has ever had: the index's dictionaries only grow, so this is its radix - 1.
    private readonly Dictionary<string, HashSet<string>> answerValues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> attributeValues = new(StringComparer.Ordinal);

    public List<IndexedResponse> Rows { get; } = [];

    public void Add(IndexedResponse response)
    {
        Rows.Add(response);
        foreach (var (name, value) in response.Dimensions)
        {
            Remember(answerValues, name, value);
        }
    }

    public void SetCustomerAttributes(string customer, IEnumerable<KeyValuePair<string, string?>> values)
    {
        var current = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (name, value) in values)
        {
            current[name] = value;
            Remember(attributeValues, name, value);
        }

        attributes[customer] = current;
    }

    /// <summary>Removes one answer equal to <paramref name="response"/> in every field the index keeps.</summary>
    public bool Remove(IndexedResponse response)
    {
        var index = Rows.FindIndex(r => SameStoredFields(r, response));
        if (index < 0)
        {
            return false;
        }

        Rows.RemoveAt(index);
        return true;
    }

    public bool Contains(IndexedResponse response) => Rows.Exists(r => SameStoredFields(r, response));

    public long RemoveCustomer(string customer)
    {
        attributes.Remove(customer);
        return Rows.RemoveAll(r => r.Customer == customer);
    }

    public string? ValueOf(IndexedResponse response, string dimension)
    {
        string? value = null;
        if (dimension.StartsWith("customer.", StringComparison.Ordinal))
        {
            if (response.Customer is { } customer && attributes.TryGetValue(customer, out var own))
            {
                value = own.GetValueOrDefault(dimension["customer.".Length..]);
            }
        }
        else
        {
            foreach (var (name, v) in response.Dimensions)
            {
                if (name == dimension)
                {
                    value = v;
                }
            }
        }

        return string.IsNullOrEmpty(value) ? null : value;
    }

    /// <summary>How many groups (buckets incl. the previous one x values incl. "none" per grouped dimension) the query spans.</summary>
    public long Groups(MetricQuery query)
    {
        long groups = Buckets(query).Count;
        foreach (var name in query.GroupBy)
        {
            var known = name.StartsWith("customer.", StringComparison.Ordinal)
                ? attributeValues.GetValueOrDefault(name["customer.".Length..])
                : answerValues.GetValueOrDefault(name);
            groups *= (known?.Count ?? 0) + 1;
        }

        return groups;
    }

    public List<MetricCell> Query(MetricQuery query)
    {
        var buckets = Buckets(query);
        var histograms = new Dictionary<(int Bucket, string Key), ScoreHistogram>();
        var keys = new Dictionary<string, string?[]>(StringComparer.Ordinal);
        foreach (var row in Rows.Where(r => r.Metric == query.Metric && r.Day >= buckets[0].Start && r.Day <= query.To))
        {
            var bucket = BucketOf(buckets, row.Day);
            if (bucket < 0 || !query.Filters.All(f => ValueOf(row, f.Key) is { } value && f.Value.Contains(value)))
            {
                continue;
            }

            var key = query.GroupBy.Select(g => ValueOf(row, g)).ToArray();
            var text = KeyText(key);
            keys.TryAdd(text, key);
            if (!histograms.TryGetValue((bucket, text), out var histogram))
            {
                histograms[(bucket, text)] = histogram = new ScoreHistogram(query.Metric);
            }

            histogram.Add(row.Score);
        }

        var cells = new List<MetricCell>();
        foreach (var ((bucket, text), current) in histograms)
        {
            if (bucket >= 1)
            {
                var previous = histograms.GetValueOrDefault((bucket - 1, text)) ?? new ScoreHistogram(query.Metric);
                cells.Add(new MetricCell(keys[text], buckets[bucket].Period, current, previous));
            }
        }

        return cells;
    }

    /// <summary>A key as one string, for dictionaries: values joined by U+0001, a missing value as U+0000.</summary>
    public static string KeyText(IEnumerable<string?> key) => string.Join('\u0001', key.Select(v => v ?? "\u0000"));

    /// <summary>Bucket 0 is the previous period of bucket 1; End is exclusive.</summary>
    public static List<(DateOnly Start, DateOnly End, DateOnly? Period)> Buckets(MetricQuery query)
    {
        var afterTo = query.To.AddDays(1);
        if (query.Grain is not { } grain)
        {
            var days = query.To.DayNumber - query.From.DayNumber + 1;
            return [(query.From.AddDays(-days), query.From, null), (query.From, afterTo, null)];
        }

        var first = PeriodStart(grain, query.From);
        var buckets = new List<(DateOnly Start, DateOnly End, DateOnly? Period)>
        {
            (PeriodStart(grain, first.AddDays(-1)), first, null),
            (query.From, Min(NextPeriod(grain, first), afterTo), first),
        };
        for (var start = NextPeriod(grain, first); start <= query.To; start = NextPeriod(grain, start))
        {
            buckets.Add((start, Min(NextPeriod(grain, start), afterTo), start));
        }

        return buckets;
    }

    /// <summary>The first day of the day, ISO week (Monday) or calendar month containing <paramref name="day"/>.</summary>
    public static DateOnly PeriodStart(TimeGrain grain, DateOnly day)
    {
        switch (grain)
        {
            case TimeGrain.Week:
                while (day.DayOfWeek != DayOfWeek.Monday)
                {
                    day = day.AddDays(-1);
                }

                return day;
            case TimeGrain.Month:
                return new DateOnly(day.Year, day.Month, 1);
            default:
                return day;
        }
    }

    private static DateOnly NextPeriod(TimeGrain grain, DateOnly start) =>
        grain == TimeGrain.Month ? start.AddMonths(1) : start.AddDays(grain == TimeGrain.Week ? 7 : 1);

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static int BucketOf(List<(DateOnly Start, DateOnly End, DateOnly? Period)> buckets, DateOnly day)
    {
        int low = 0, high = buckets.Count - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (buckets[middle].Start <= day)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return buckets[low].Start <= day && day < buckets[low].End ? low : -1;
    }

    private static void Remember(Dictionary<string, HashSet<string>> known, string name, string? value)
    {
        if (!known.TryGetValue(name, out var values))
        {
            known[name] = values = new HashSet<string>(StringComparer.Ordinal);
        }

        if (!string.IsNullOrEmpty(value))
        {
            values.Add(value);
        }
    }

    private static bool SameStoredFields(IndexedResponse a, IndexedResponse b)
    {
        if (a.Metric != b.Metric || a.Day != b.Day || a.Score != b.Score || a.Customer != b.Customer)
        {
            return false;
        }

        var names = a.Dimensions.Select(d => d.Key).Concat(b.Dimensions.Select(d => d.Key)).Distinct();
        return names.All(name => Own(a, name) == Own(b, name));
    }

    private static string? Own(IndexedResponse response, string name)
    {
        string? value = null;
        foreach (var (key, v) in response.Dimensions)
        {
            if (key == name)
            {
                value = v;
            }
        }

        return string.IsNullOrEmpty(value) ? null : value;
    }
}
