namespace Ekko.Analytics.Columnar;

/// <summary>
/// Where a query reads a dimension's codes from: the answers' own columns; the customer table (the answer's
/// customer code looked up in the attribute's per-customer codes); another dimension's codes looked up in a
/// derived dimension's table (a journey stage from the touchpoint); or nowhere, for an unknown dimension,
/// where every answer has no value.
/// </summary>
internal sealed class ColumnSource
{
    public static readonly ColumnSource Nothing = new(null, null, null);

    private readonly int[]? lookup;
    private readonly ColumnSource? lookupFrom;

    private ColumnSource(Dimension? dimension, int[]? lookup, ColumnSource? lookupFrom)
    {
        Dimension = dimension;
        this.lookup = lookup;
        this.lookupFrom = lookupFrom;
    }

    public Dimension? Dimension { get; }

    public int Radix => Dimension?.Radix ?? 1;

    public static ColumnSource OfAnswers(Dimension dimension) => new(dimension, null, null);

    /// <param name="codesByCustomer">The attribute's code for each customer code.</param>
    public static ColumnSource OfCustomers(Dimension dimension, int[] codesByCustomer) => new(dimension, codesByCustomer, null);

    /// <summary>A dimension looked up from <paramref name="source"/>'s values through <paramref name="values"/>.</summary>
    public static ColumnSource Derived(string name, ColumnSource source, IReadOnlyDictionary<string, string> values)
    {
        var dimension = new Dimension(name, -1);
        var map = new int[source.Radix];
        for (var code = 1; code < map.Length; code++)
        {
            map[code] = source.ValueOf(code) is { } value && values.TryGetValue(value, out var derived) ? dimension.CodeOf(derived) : 0;
        }

        return new ColumnSource(dimension, map, source);
    }

    public string? ValueOf(int code) => Dimension?.ValueOf(code);

    public int? CodeOf(string value) => Dimension?.ExistingCodeOf(value);

    /// <summary>Writes the codes of rows start .. start + into.Length of <paramref name="chunk"/>.</summary>
    public void Read(Chunk chunk, int start, Span<int> into)
    {
        if (Dimension is null)
        {
            into.Clear();
        }
        else if (lookup is not null)
        {
            if (lookupFrom is not null)
            {
                lookupFrom.Read(chunk, start, into);
            }
            else
            {
                chunk.Customers.AsSpan(start, into.Length).CopyTo(into);
            }

            for (var i = 0; i < into.Length; i++)
            {
                into[i] = lookup[into[i]];
            }
        }
        else if (Dimension.Id < chunk.Dimensions.Count && chunk.Dimensions[Dimension.Id] is { } codes)
        {
            codes.Read(start, into);
        }
        else
        {
            into.Clear();
        }
    }
}
