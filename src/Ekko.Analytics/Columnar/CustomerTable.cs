namespace Ekko.Analytics.Columnar;

/// <summary>
/// Customers' own attributes (segment, tier, country ...), kept once per customer rather than copied onto
/// every answer, so a profile update regroups all of that customer's past answers at once. Customer 0 is
/// "anonymous" and has no attributes.
/// </summary>
internal sealed class CustomerTable
{
    private readonly Dictionary<string, int> codes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dimension> dimensions = new(StringComparer.Ordinal);
    private readonly List<int[]> columns = [];
    private int count = 1;

    public int CodeOf(string? customer)
    {
        if (customer is null)
        {
            return 0;
        }

        if (!codes.TryGetValue(customer, out var code))
        {
            code = count++;
            codes.Add(customer, code);
        }

        return code;
    }

    public int? ExistingCodeOf(string customer) => codes.TryGetValue(customer, out var code) ? code : null;

    public IEnumerable<string> Names => dimensions.Keys;

    public Dimension? Find(string name) => dimensions.GetValueOrDefault(name);

    public void SetAttributes(string customer, IEnumerable<KeyValuePair<string, string?>> attributes)
    {
        var code = CodeOf(customer);
        foreach (var column in columns)
        {
            if (code < column.Length)
            {
                column[code] = 0;
            }
        }

        foreach (var (name, value) in attributes)
        {
            if (!dimensions.TryGetValue(name, out var dimension))
            {
                dimension = new Dimension(name, columns.Count);
                dimensions.Add(name, dimension);
                columns.Add([]);
            }

            var column = columns[dimension.Id];
            if (code >= column.Length)
            {
                Array.Resize(ref column, Math.Max(code + 1, Math.Max(1024, column.Length * 2)));
                columns[dimension.Id] = column;
            }

            column[code] = dimension.CodeOf(value);
        }
    }

    /// <summary>The attribute's code for every customer, indexed by customer code (0 beyond the last customer that has one).</summary>
    public int[] CodesOf(Dimension dimension)
    {
        var column = columns[dimension.Id];
        if (column.Length < count)
        {
            Array.Resize(ref column, count);
            columns[dimension.Id] = column;
        }

        return column;
    }

    public long Bytes => columns.Sum(c => c.Length * 4L) + codes.Count * 64L;
}
