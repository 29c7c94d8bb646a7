namespace Ekko.Analytics.Columnar;

/// <summary>
/// One chunk's dictionary codes for one dimension, stored in the narrowest width that holds them (most
/// dimensions have fewer than 256 values, so a byte per row) and widened the first time a larger code arrives.
/// Code 0 means "no value".
/// </summary>
internal sealed class CodeArray(int capacity)
{
    private byte[]? bytes = new byte[capacity];
    private ushort[]? shorts;
    private int[]? ints;

    public void Set(int row, int code)
    {
        if (bytes is not null)
        {
            if (code <= byte.MaxValue)
            {
                bytes[row] = (byte)code;
                return;
            }

            shorts = Array.ConvertAll(bytes, b => (ushort)b);
            bytes = null;
        }

        if (shorts is not null)
        {
            if (code <= ushort.MaxValue)
            {
                shorts[row] = (ushort)code;
                return;
            }

            ints = Array.ConvertAll(shorts, s => (int)s);
            shorts = null;
        }

        ints![row] = code;
    }

    public void Resize(int capacity)
    {
        if (bytes is not null)
        {
            Array.Resize(ref bytes, capacity);
        }
        else if (shorts is not null)
        {
            Array.Resize(ref shorts, capacity);
        }
        else
        {
            Array.Resize(ref ints, capacity);
        }
    }

    public int Get(int row) => bytes is not null ? bytes[row] : shorts is not null ? shorts[row] : ints![row];

    public void Read(int start, Span<int> into)
    {
        if (bytes is not null)
        {
            var source = bytes.AsSpan(start, into.Length);
            for (var i = 0; i < into.Length; i++)
            {
                into[i] = source[i];
            }
        }
        else if (shorts is not null)
        {
            var source = shorts.AsSpan(start, into.Length);
            for (var i = 0; i < into.Length; i++)
            {
                into[i] = source[i];
            }
        }
        else
        {
            ints.AsSpan(start, into.Length).CopyTo(into);
        }
    }

    public long Bytes => bytes?.Length ?? (shorts?.Length * 2L) ?? (ints!.Length * 4L);
}
