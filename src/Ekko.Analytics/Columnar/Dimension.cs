namespace Ekko.Analytics.Columnar;

/// <summary>A dimension's dictionary: each distinct value gets a small integer code; 0 is "no value".</summary>
internal sealed class Dimension(string name, int id)
{
    private readonly Dictionary<string, int> codes = new(StringComparer.Ordinal);
    private readonly List<string> values = [""];

    public string Name { get; } = name;

    /// <summary>Position of this dimension's column in each chunk.</summary>
    public int Id { get; } = id;

    /// <summary>Number of codes in use, counting 0; a mixed-radix group key uses this as the digit's base.</summary>
    public int Radix => values.Count;

    public int CodeOf(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return 0;
        }

        if (!codes.TryGetValue(value, out var code))
        {
            code = values.Count;
            codes.Add(value, code);
            values.Add(value);
        }

        return code;
    }

    public int? ExistingCodeOf(string value) => codes.TryGetValue(value, out var code) ? code : null;

    public string? ValueOf(int code) => code == 0 ? null : values[code];
}
