using Ekko.Analytics.Metrics;

namespace Ekko.Analytics.Columnar;

/// <summary>
/// An in-memory column store of scored answers that answers metric queries by scanning compact columns:
/// one partition per metric, chunks of 65,536 answers with day ranges to skip, dictionary-coded dimensions
/// (mostly a byte per answer), and customers' attributes kept once per customer. A query builds score
/// histograms per group in one pass over the chunks it needs, on all cores, and every metric and interval
/// follows from those histograms exactly as from the raw answers.
/// Thread-safe: many queries run at once; adding and removing answers waits for them.
/// </summary>
public sealed class ResponseIndex : IDisposable
{
    /// <summary>Dimension names starting with this read the customer's attribute, e.g. <c>customer.tier</c>.</summary>
    public const string CustomerPrefix = "customer.";

    /// <summary>Most groups (time buckets x dimension values) one query may produce.</summary>
    public const long MaxGroups = 250_000;

    private readonly ReaderWriterLockSlim gate = new();
    private readonly Dictionary<string, Dimension> dimensions = new(StringComparer.Ordinal);
    private readonly CustomerTable customers = new();
    private readonly List<Chunk>[] partitions = [[], [], []];
    private long live;

    /// <summary>Answers in the index, not counting removed ones.</summary>
    public long Count
    {
        get
        {
            gate.EnterReadLock();
            try
            {
                return live;
            }
            finally
            {
                gate.ExitReadLock();
            }
        }
    }

    /// <summary>Memory held by the columns and dictionaries, in bytes (an estimate from array sizes).</summary>
    public long EstimatedBytes
    {
        get
        {
            gate.EnterReadLock();
            try
            {
                return partitions.Sum(p => p.Sum(c => c.Bytes)) + customers.Bytes + dimensions.Count * 1024L;
            }
            finally
            {
                gate.ExitReadLock();
            }
        }
    }

    /// <summary>The names queries can group and filter by: the answers' dimensions, then <c>customer.NAME</c> for customer attributes.</summary>
    public IReadOnlyList<string> Dimensions
    {
        get
        {
            gate.EnterReadLock();
            try
            {
                return [.. dimensions.Keys.Order(StringComparer.Ordinal), .. customers.Names.Order(StringComparer.Ordinal).Select(n => CustomerPrefix + n)];
            }
            finally
            {
                gate.ExitReadLock();
            }
        }
    }

    public void Add(IndexedResponse response) => AddRange([response]);

    public void AddRange(IEnumerable<IndexedResponse> responses)
    {
        ArgumentNullException.ThrowIfNull(responses);
        gate.EnterWriteLock();
        try
        {
            foreach (var response in responses)
            {
                Append(response);
            }
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    /// <summary>
    /// Removes one answer equal to <paramref name="response"/> in every stored field. Answers equal in every
    /// field count the same in every query, so it does not matter which of several equal ones goes.
    /// </summary>
    public bool Remove(IndexedResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        gate.EnterWriteLock();
        try
        {
            return RemoveOne(response);
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    /// <summary>Removes every answer of a customer (privacy erasure) and returns how many there were.</summary>
    public long RemoveCustomer(string customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        gate.EnterWriteLock();
        try
        {
            if (customers.ExistingCodeOf(customer) is not { } code)
            {
                return 0;
            }

            long removed = 0;
            foreach (var chunk in partitions.SelectMany(p => p))
            {
                for (var row = 0; row < chunk.Count; row++)
                {
                    if (chunk.Customers[row] == code && chunk.Scores[row] != Chunk.Removed)
                    {
                        chunk.Remove(row);
                        removed++;
                    }
                }
            }

            customers.SetAttributes(customer, []);
            live -= removed;
            return removed;
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    /// <summary>Sets a customer's attributes (replacing earlier ones); <c>customer.NAME</c> dimensions read them.</summary>
    public void SetCustomerAttributes(string customer, IEnumerable<KeyValuePair<string, string?>> attributes)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(attributes);
        gate.EnterWriteLock();
        try
        {
            customers.SetAttributes(customer, attributes);
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    public IReadOnlyList<MetricCell> Query(MetricQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        gate.EnterReadLock();
        try
        {
            return QueryScan.Run(query, partitions[(int)query.Metric], Resolve);
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    public void Dispose() => gate.Dispose();

    private ColumnSource Resolve(string name)
    {
        if (name.StartsWith(CustomerPrefix, StringComparison.Ordinal))
        {
            return customers.Find(name[CustomerPrefix.Length..]) is { } attribute
                ? ColumnSource.OfCustomers(attribute, customers.CodesOf(attribute))
                : ColumnSource.Nothing;
        }

        return dimensions.TryGetValue(name, out var dimension) ? ColumnSource.OfAnswers(dimension) : ColumnSource.Nothing;
    }

    private void Append(IndexedResponse response)
    {
        var (min, max) = response.Metric.ScaleOf();
        if (response.Score < min || response.Score > max)
        {
            throw new ArgumentOutOfRangeException(nameof(response), response.Score, $"{response.Metric} scores are {min}-{max}");
        }

        var partition = partitions[(int)response.Metric];
        if (partition.Count == 0 || partition[^1].IsFull)
        {
            partition.Add(new Chunk());
        }

        var chunk = partition[^1];
        var row = chunk.Append(response.Day.DayNumber, (byte)(response.Score - min), customers.CodeOf(response.Customer));
        foreach (var (name, value) in response.Dimensions)
        {
            if (!dimensions.TryGetValue(name, out var dimension))
            {
                dimension = new Dimension(name, dimensions.Count);
                dimensions.Add(name, dimension);
            }

            chunk.SetCode(dimension.Id, row, dimension.CodeOf(value));
        }

        live++;
    }

    private bool RemoveOne(IndexedResponse response)
    {
        var (min, _) = response.Metric.ScaleOf();
        var score = response.Score - min;
        var customer = response.Customer is null ? 0 : customers.ExistingCodeOf(response.Customer);
        if (customer is null)
        {
            return false;
        }

        var expected = new int[dimensions.Count];
        foreach (var (name, value) in response.Dimensions)
        {
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            if (!dimensions.TryGetValue(name, out var dimension) || dimension.ExistingCodeOf(value) is not { } code)
            {
                return false;
            }

            expected[dimension.Id] = code;
        }

        var day = response.Day.DayNumber;
        foreach (var chunk in Enumerable.Reverse(partitions[(int)response.Metric]))
        {
            if (day < chunk.MinDay || day > chunk.MaxDay)
            {
                continue;
            }

            for (var row = chunk.Count - 1; row >= 0; row--)
            {
                if (chunk.Days[row] == day && chunk.Scores[row] == score && chunk.Customers[row] == customer
                    && Enumerable.Range(0, expected.Length).All(d => chunk.CodeAt(d, row) == expected[d]))
                {
                    chunk.Remove(row);
                    live--;
                    return true;
                }
            }
        }

        return false;
    }
}
