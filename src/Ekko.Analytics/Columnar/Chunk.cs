namespace Ekko.Analytics.Columnar;

/// <summary>
/// Up to 65,536 answers of one metric, column by column, with the range of days they cover so a query can
/// skip chunks outside its dates. Answers arrive roughly in time order, so chunks cover short, mostly
/// disjoint day ranges; a late answer only widens its chunk's range. Columns start small and double as the
/// chunk fills, so a workspace with a few hundred answers holds kilobytes, not megabytes.
/// </summary>
internal sealed class Chunk
{
    public const int Capacity = 1 << 16;

    private const int InitialCapacity = 256;

    /// <summary>The score of a removed answer: no histogram has a bucket for it, so queries skip it.</summary>
    public const byte Removed = byte.MaxValue;

    private int[] days = new int[InitialCapacity];
    private byte[] scores = new byte[InitialCapacity];
    private int[] customers = new int[InitialCapacity];

    public int[] Days => days;

    /// <summary>Score minus the scale's minimum, so 0 is the lowest answer on every scale.</summary>
    public byte[] Scores => scores;

    /// <summary>Index into the customer table; 0 for an anonymous answer.</summary>
    public int[] Customers => customers;

    public List<CodeArray?> Dimensions { get; } = [];

    /// <summary>
    /// How many live answers gave each score: a rollup kept on append and removal, so that a query without
    /// filters or grouped dimensions takes a chunk lying inside one time bucket in one step instead of a scan.
    /// </summary>
    public long[] ScoreCounts { get; } = new long[byte.MaxValue];

    public int Count { get; private set; }

    public int MinDay { get; private set; } = int.MaxValue;

    public int MaxDay { get; private set; } = int.MinValue;

    public bool IsFull => Count == Capacity;

    public int Append(int day, byte score, int customer)
    {
        if (Count == days.Length)
        {
            var grown = Math.Min(Capacity, days.Length * 2);
            Array.Resize(ref days, grown);
            Array.Resize(ref scores, grown);
            Array.Resize(ref customers, grown);
            foreach (var codes in Dimensions)
            {
                codes?.Resize(grown);
            }
        }

        var row = Count++;
        Days[row] = day;
        Scores[row] = score;
        Customers[row] = customer;
        ScoreCounts[score]++;
        MinDay = Math.Min(MinDay, day);
        MaxDay = Math.Max(MaxDay, day);
        return row;
    }

    public void SetCode(int dimension, int row, int code)
    {
        while (Dimensions.Count <= dimension)
        {
            Dimensions.Add(null);
        }

        if (code != 0 || Dimensions[dimension] is not null)
        {
            (Dimensions[dimension] ??= new CodeArray(days.Length)).Set(row, code);
        }
    }

    public void Remove(int row)
    {
        ScoreCounts[Scores[row]]--;
        Scores[row] = Removed;
    }

    public int CodeAt(int dimension, int row) => dimension < Dimensions.Count && Dimensions[dimension] is { } codes ? codes.Get(row) : 0;

    public long Bytes => Days.Length * 4L + Scores.Length + Customers.Length * 4L + Dimensions.Sum(d => d?.Bytes ?? 0);
}
