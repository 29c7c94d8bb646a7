using System.Security.Cryptography;
using System.Text;

namespace Ekko.Core.Features.Workspaces;

/// <summary>The text form of an API key, <c>ekko_{prefix}_{secret}</c>, and how its secret is hashed and checked.</summary>
public sealed record ApiKeyToken(string Prefix, string Secret)
{
    private const string Scheme = "ekko";
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    public override string ToString() => $"{Scheme}_{Prefix}_{Secret}";

    public static ApiKeyToken Generate() => new(RandomText(12), RandomText(43));

    public static bool TryParse(string? text, out ApiKeyToken token)
    {
        token = new ApiKeyToken("", "");
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var parts = text.Split('_');
        if (parts.Length != 3 || parts[0] != Scheme || parts[1].Length != 12 || parts[2].Length < 32)
        {
            return false;
        }

        token = new ApiKeyToken(parts[1], parts[2]);
        return true;
    }

    public byte[] HashSecret() => SHA256.HashData(Encoding.UTF8.GetBytes(Secret));

    public bool Matches(byte[] storedHash) => CryptographicOperations.FixedTimeEquals(HashSecret(), storedHash);

    private static string RandomText(int length) => RandomNumberGenerator.GetString(Alphabet, length);
}
