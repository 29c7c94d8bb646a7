namespace Ekko.Analytics.Columnar;

/// <summary>Where a query reads a dimension's codes from: the answers' own columns, the customer table, or nowhere (an unknown dimension: every answer has no value).</summary>
internal sealed class ColumnSource
{
    public static readonly ColumnSource Nothing = new(null, null, null);

    private ColumnSource(Dimension? answers, Dimension? customer, int[]? customerCodes)
    {
        Dimension = answers ?? customer;
        IsCustomerAttribute = customer is not null;
        this.customerCodes = customerCodes;
    }

    private readonly int[]? customerCodes;

    public Dimension? Dimension { get; }

    public bool IsCustomerAttribute { get; }

    public int Radix => Dimension?.Radix ?? 1;

    public static ColumnSource OfAnswers(Dimension dimension) => new(dimension, null, null);

    public static ColumnSource OfCustomers(Dimension dimension, int[] codesByCustomer) => new(null, dimension, codesByCustomer);

    public string? ValueOf(int code) => Dimension?.ValueOf(code);

    public int? CodeOf(string value) => Dimension?.ExistingCodeOf(value);

    /// <summary>Writes the codes of rows start .. start + into.Length of <paramref name="chunk"/>.</summary>
    public void Read(Chunk chunk, int start, Span<int> into)
    {
        if (Dimension is null)
        {
            into.Clear();
        }
        else if (customerCodes is { } byCustomer)
        {
            var customers = chunk.Customers.AsSpan(start, into.Length);
            for (var i = 0; i < into.Length; i++)
            {
                into[i] = byCustomer[customers[i]];
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
