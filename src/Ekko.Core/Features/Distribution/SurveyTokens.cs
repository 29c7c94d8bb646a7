using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Ekko.Core.Features.Distribution;

/// <summary>What a token turned out to be: valid, or why not.</summary>
public enum TokenCheck
{
    Valid,
    Forged,
    Expired,
}

/// <summary>
/// Signed tokens for the public survey pages: personal invitation links (<c>/i/{token}</c>, expiring),
/// unsubscribe links and respondents' session references. They are encrypted and authenticated with the Data
/// Protection key ring, which lives in the database, so every instance accepts every other instance's tokens
/// and keys rotate without breaking links. A token reveals nothing and cannot be altered or made up.
/// </summary>
public sealed class SurveyTokens(IDataProtectionProvider protection, TimeProvider clock)
{
    private readonly IDataProtector invitations = protection.CreateProtector("Ekko.Distribution.Invitation.v1");
    private readonly IDataProtector unsubscribes = protection.CreateProtector("Ekko.Distribution.Unsubscribe.v1");
    private readonly IDataProtector sessions = protection.CreateProtector("Ekko.Distribution.Session.v1");

    public string ForInvitation(Guid invitationId, DateTimeOffset expiresAt) => Write(invitations, invitationId, expiresAt);

    public (TokenCheck Check, Guid InvitationId) ReadInvitation(string token) => Read(invitations, token);

    /// <summary>Unsubscribe links work for a year, long after the invitation itself has expired.</summary>
    public string ForUnsubscribe(Guid invitationId) => Write(unsubscribes, invitationId, clock.GetUtcNow().AddYears(1));

    public (TokenCheck Check, Guid InvitationId) ReadUnsubscribe(string token) => Read(unsubscribes, token);

    public string ForSession(Guid sessionId) => Write(sessions, sessionId, DateTimeOffset.MaxValue);

    public Guid? ReadSession(string? token) => token is null ? null : Read(sessions, token) is (TokenCheck.Valid, var id) ? id : null;

    private static string Write(IDataProtector protector, Guid id, DateTimeOffset expiresAt)
    {
        Span<byte> payload = stackalloc byte[24];
        id.TryWriteBytes(payload[..16]);
        BinaryPrimitives.WriteInt64LittleEndian(payload[16..], expiresAt == DateTimeOffset.MaxValue ? long.MaxValue : expiresAt.ToUnixTimeSeconds());
        return Base64Url.EncodeToString(protector.Protect(payload.ToArray()));
    }

    private (TokenCheck, Guid) Read(IDataProtector protector, string token)
    {
        if (token.Length is 0 or > 512 || !Base64Url.IsValid(token))
        {
            return (TokenCheck.Forged, Guid.Empty);
        }

        byte[] payload;
        try
        {
            payload = protector.Unprotect(Base64Url.DecodeFromChars(token));
        }
        catch (CryptographicException)
        {
            return (TokenCheck.Forged, Guid.Empty);
        }

        if (payload.Length != 24)
        {
            return (TokenCheck.Forged, Guid.Empty);
        }

        var id = new Guid(payload.AsSpan(0, 16));
        var expires = BinaryPrimitives.ReadInt64LittleEndian(payload.AsSpan(16));
        return expires != long.MaxValue && clock.GetUtcNow().ToUnixTimeSeconds() > expires ? (TokenCheck.Expired, id) : (TokenCheck.Valid, id);
    }
}
