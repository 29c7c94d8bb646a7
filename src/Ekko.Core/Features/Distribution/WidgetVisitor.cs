using System.Security.Cryptography;
using System.Text;

namespace Ekko.Core.Features.Distribution;

/// <summary>
/// A website visitor the site says it knows: its customer id and the site backend's signature of it,
/// hex(HMAC-SHA256(widget secret, id)). Only the site's backend knows the secret, so nobody can answer as
/// someone else by typing another id into the browser.
/// </summary>
public sealed record WidgetVisitor(string Id, string Signature)
{
    public static string Sign(string secret, string id) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(id)));

    public bool IsSignedWith(string? secret)
    {
        if (secret is null || Signature.Length != 64)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(secret, Id)), Encoding.ASCII.GetBytes(Signature.ToLowerInvariant()));
    }
}
