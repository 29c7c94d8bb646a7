using MailKit.Net.Smtp;
using MailKit.Security;

namespace Ekko.Core.Features.Distribution;

/// <summary>Connects a MailKit client the way <see cref="EmailSettings"/> says; shared by invitations and case replies.</summary>
public static class SmtpConnection
{
    public static async Task EnsureConnectedAsync(SmtpClient smtp, EmailSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(smtp);
        ArgumentNullException.ThrowIfNull(settings);
        if (smtp.IsConnected)
        {
            return;
        }

        smtp.Timeout = 30_000;
        var security = settings.Security.ToLowerInvariant() switch
        {
            "none" => SecureSocketOptions.None,
            "tls" => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.StartTlsWhenAvailable,
        };
        await smtp.ConnectAsync(settings.Host!, settings.Port, security, cancellationToken);
        if (settings.UserName is { Length: > 0 } user)
        {
            await smtp.AuthenticateAsync(user, settings.Password ?? "", cancellationToken);
        }
    }
}
