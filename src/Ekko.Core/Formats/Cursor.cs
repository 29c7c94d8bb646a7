using System.Buffers.Text;
using System.Text;

namespace Ekko.Core.Formats;

/// <summary>
/// Opaque pagination cursors: the sort key of the last item, base64url-encoded, so clients cannot come to
/// depend on its shape and keyset pagination stays stable while rows are added.
/// </summary>
public static class Cursor
{
    private const char Separator = '\u001f';

    public static string Encode(params string[] parts) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Join(Separator, parts)));

    public static bool TryDecode(string? cursor, int partCount, out string[] parts)
    {
        parts = [];
        if (string.IsNullOrEmpty(cursor))
        {
            return false;
        }

        try
        {
            parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split(Separator);
            return parts.Length == partCount;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
