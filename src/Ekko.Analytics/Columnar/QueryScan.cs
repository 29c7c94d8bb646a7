using Ekko.Analytics.Metrics;

namespace Ekko.Analytics.Columnar;

/// <summary>
/// Runs one <see cref="MetricQuery"/> over a metric's chunks. Each answer gets a group number in mixed radix
/// (time bucket, then each grouped dimension's code), worked out a block of rows at a time in tight loops
/// over plain arrays; its score then goes into that group's histogram. Bucket 0 is the period before the
/// first one, scanned only so that every cell can be compared with its previous period.
/// </summary>
internal sealed class QueryScan
{
    private const int Block = 4096;

    private readonly MetricQuery query;
    private readonly ColumnSource[] groupBy;
    private readonly (ColumnSource Source, bool[] Allowed)[] filters;
    private readonly DateOnly[] bucketStarts;
    private readonly int scanStart;
    private readonly int[] bucketOfDay;
    private readonly int rest;
    private readonly int scale;

    private QueryScan(MetricQuery query, Func<string, ColumnSource> resolve)
    {
        this.query = query;
        if (query.To < query.From)
        {
            throw new ArgumentException("the range must not end before it starts", nameof(query));
        }

        var plain = resolve;
        resolve = name => query.Derived.TryGetValue(name, out var derived) ? ColumnSource.Derived(name, plain(derived.From), derived.Values) : plain(name);
        groupBy = [.. query.GroupBy.Select(resolve)];
        filters = [.. query.Filters.Select(f => Filter(resolve(f.Key), f.Value))];
        bucketStarts = BucketStarts(query);
        scanStart = bucketStarts[0].DayNumber;
        bucketOfDay = new int[query.To.DayNumber - scanStart + 1];
        // With a grain and a From inside a period, the days of that period before From are in no bucket: the
        // previous bucket is the whole period before, not that period plus the start of From's own.
        bucketOfDay.AsSpan().Fill(-1);
        for (var bucket = 0; bucket < bucketStarts.Length; bucket++)
        {
            var end = bucket + 1 < bucketStarts.Length ? bucketStarts[bucket + 1].DayNumber : query.To.DayNumber + 1;
            if (bucket == 0 && query.Grain is { } grain)
            {
                end = grain.StartOf(query.From).DayNumber;
            }

            bucketOfDay.AsSpan(bucketStarts[bucket].DayNumber - scanStart, end - bucketStarts[bucket].DayNumber).Fill(bucket);
        }

        long groups = bucketStarts.Length;
        // The leading 1 checks the time buckets alone: a daily grain over centuries is too many groups by itself.
        foreach (var radix in groupBy.Select(g => g.Radix).Prepend(1))
        {
            groups *= radix;
            if (groups > ResponseIndex.MaxGroups)
            {
                throw new TooManyGroupsException(groups, ResponseIndex.MaxGroups);
            }
        }

        rest = (int)(groups / bucketStarts.Length);
        var (min, max) = query.Metric.ScaleOf();
        scale = max - min + 1;
    }

    public static IReadOnlyList<MetricCell> Run(MetricQuery query, List<Chunk> chunks, Func<string, ColumnSource> resolve)
    {
        var scan = new QueryScan(query, resolve);
        var relevant = chunks.Where(c => c.Count > 0 && c.MaxDay >= scan.scanStart && c.MinDay <= query.To.DayNumber).ToArray();
        var totals = new long[scan.bucketStarts.Length * scan.rest * scan.scale];
        Parallel.ForEach(
            relevant,
            () => new Worker(totals.Length),
            (chunk, _, worker) =>
            {
                scan.Count(chunk, worker);
                return worker;
            },
            worker =>
            {
                lock (totals)
                {
                    for (var i = 0; i < totals.Length; i++)
                    {
                        totals[i] += worker.Counts[i];
                    }
                }
            });
        return scan.Cells(totals);
    }

    /// <summary>One thread's counters and row buffers, reused for every chunk it scans.</summary>
    private sealed class Worker(int groups)
    {
        public long[] Counts { get; } = new long[groups];

        public int[] Keys { get; } = new int[Block];

        public int[] Codes { get; } = new int[Block];
    }

    /// <summary>The source with a lookup by code: true for the codes of the wanted values (values never seen have no code).</summary>
    private static (ColumnSource Source, bool[] Allowed) Filter(ColumnSource source, IReadOnlyCollection<string> values)
    {
        var allowed = new bool[source.Radix];
        foreach (var value in values)
        {
            if (source.CodeOf(value) is { } code)
            {
                allowed[code] = true;
            }
        }

        return (source, allowed);
    }

    private static DateOnly[] BucketStarts(MetricQuery query)
    {
        if (query.From.DayNumber < 1024)
        {
            throw new ArgumentException("the range must start in the year 0004 or later, so that its previous period is a date", nameof(query));
        }

        if (query.Grain is not { } grain)
        {
            var days = query.To.DayNumber - query.From.DayNumber + 1;
            if (days > query.From.DayNumber)
            {
                throw new ArgumentException("the previous period of this range would begin before 0001-01-01", nameof(query));
            }

            return [query.From.AddDays(-days), query.From];
        }

        var first = grain.StartOf(query.From);
        var starts = new List<DateOnly> { grain.Previous(first), query.From };
        for (var start = grain.Next(first); start <= query.To; start = grain.Next(start))
        {
            starts.Add(start);
        }

        return [.. starts];
    }

    private void Count(Chunk chunk, Worker worker)
    {
        var counts = worker.Counts;
        if (filters.Length == 0 && groupBy.Length == 0 && WithinOneBucket(chunk) is { } bucket)
        {
            for (var score = 0; score < scale; score++)
            {
                counts[bucket * scale + score] += chunk.ScoreCounts[score];
            }

            return;
        }

        Span<int> keys = worker.Keys;
        Span<int> codes = worker.Codes;
        for (var start = 0; start < chunk.Count; start += Block)
        {
            var length = Math.Min(Block, chunk.Count - start);
            var groupOf = keys[..length];
            var code = codes[..length];
            var days = chunk.Days.AsSpan(start, length);
            var scores = chunk.Scores.AsSpan(start, length);
            for (var i = 0; i < length; i++)
            {
                var day = days[i] - scanStart;
                groupOf[i] = (uint)day < (uint)bucketOfDay.Length && scores[i] != Chunk.Removed ? bucketOfDay[day] : -1;
            }

            foreach (var (source, allowed) in filters)
            {
                source.Read(chunk, start, code);
                for (var i = 0; i < length; i++)
                {
                    if (!allowed[code[i]])
                    {
                        groupOf[i] = -1;
                    }
                }
            }

            foreach (var source in groupBy)
            {
                source.Read(chunk, start, code);
                var radix = source.Radix;
                for (var i = 0; i < length; i++)
                {
                    groupOf[i] = groupOf[i] < 0 ? -1 : groupOf[i] * radix + code[i];
                }
            }

            for (var i = 0; i < length; i++)
            {
                if (groupOf[i] >= 0)
                {
                    counts[groupOf[i] * scale + scores[i]]++;
                }
            }
        }
    }

    /// <summary>The time bucket every answer of the chunk falls into, if there is one.</summary>
    private int? WithinOneBucket(Chunk chunk)
    {
        int first = chunk.MinDay - scanStart, last = chunk.MaxDay - scanStart;
        // Bucket -1 (days of From's period before From) is counted by nobody: such chunks go through the scan, which skips them.
        return first >= 0 && last < bucketOfDay.Length && bucketOfDay[first] >= 0 && bucketOfDay[first] == bucketOfDay[last] ? bucketOfDay[first] : null;
    }

    private List<MetricCell> Cells(long[] totals)
    {
        var (min, _) = query.Metric.ScaleOf();
        var cells = new List<MetricCell>();
        for (var group = 0; group < rest; group++)
        {
            var key = Key(group);
            for (var bucket = 1; bucket < bucketStarts.Length; bucket++)
            {
                var current = Histogram(totals, (bucket * rest + group) * scale, min);
                if (current.N > 0)
                {
                    var previous = Histogram(totals, ((bucket - 1) * rest + group) * scale, min);
                    var period = query.Grain is { } grain ? grain.StartOf(bucketStarts[bucket]) : (DateOnly?)null;
                    cells.Add(new MetricCell(key, period, current, previous));
                }
            }
        }

        return cells;
    }

    private ScoreHistogram Histogram(long[] totals, int offset, int min)
    {
        var histogram = new ScoreHistogram(query.Metric);
        for (var score = 0; score < scale; score++)
        {
            if (totals[offset + score] > 0)
            {
                histogram.Add(score + min, totals[offset + score]);
            }
        }

        return histogram;
    }

    private string?[] Key(int group)
    {
        var key = new string?[groupBy.Length];
        for (var d = groupBy.Length - 1; d >= 0; d--)
        {
            key[d] = groupBy[d].ValueOf(group % groupBy[d].Radix);
            group /= groupBy[d].Radix;
        }

        return key;
    }
}
