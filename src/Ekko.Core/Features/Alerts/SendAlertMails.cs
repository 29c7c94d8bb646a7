using System.Globalization;
using Ekko.Core.Data;
using Ekko.Core.Features.Distribution;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Ekko.Core.Features.Alerts;

public sealed record SendAlertMailsCommand(int MaxCount = 100);

public sealed record SendAlertMailsResult(int Sent, int Retrying, int Failed);

/// <summary>
/// Sends the alert e-mails waiting in the outbox (<see cref="AlertMail"/>) through the server's SMTP settings.
/// Each is claimed with a lease first, so several instances never send one at the same time; a failure is retried
/// with backoff (1, 2, 4 ... minutes) and marked failed after <see cref="EmailSettings.MaxAttempts"/>. Without an
/// SMTP host configured the mails wait.
/// </summary>
public sealed class SendAlertMails(IDbContextFactory<EkkoDbContext> dbFactory, EmailSettings settings, TimeProvider clock)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    public async Task<SendAlertMailsResult> HandleAsync(SendAlertMailsCommand command, CancellationToken cancellationToken)
    {
        if (!settings.IsConfigured)
        {
            return new SendAlertMailsResult(0, 0, 0);
        }

        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var due = await Due(db.AlertMails.AsNoTracking(), now).OrderBy(m => m.NextAttemptAt).Select(m => m.Id).Take(command.MaxCount).ToListAsync(cancellationToken);
        var (sent, retrying, failed) = (0, 0, 0);
        using var smtp = new SmtpClient();
        foreach (var id in due)
        {
            // The claim repeats the due test: another instance may have sent it since the list was read.
            if (await Due(db.AlertMails.Where(m => m.Id == id), now).ExecuteUpdateAsync(u => u.SetProperty(m => m.LeaseUntil, now + Lease), cancellationToken) == 0)
            {
                continue;
            }

            var mail = await db.AlertMails.FirstAsync(m => m.Id == id, cancellationToken);
            var alert = await db.Alerts.AsNoTracking().FirstAsync(a => a.Id == mail.AlertId, cancellationToken);
            var workspace = await db.Workspaces.AsNoTracking().Where(w => w.Id == mail.WorkspaceId).Select(w => w.Name).FirstAsync(cancellationToken);
            try
            {
                await SmtpConnection.EnsureConnectedAsync(smtp, settings, cancellationToken);
                await smtp.SendAsync(Compose(alert, mail, workspace), cancellationToken);
                mail.Status = AlertMailStatus.Sent;
                mail.SentAt = now;
                mail.LastError = null;
                sent++;
            }
            catch (Exception e) when (e is SmtpCommandException or SmtpProtocolException or IOException or System.Net.Sockets.SocketException or AuthenticationException or MailKit.ServiceNotConnectedException)
            {
                if (smtp.IsConnected)
                {
                    await smtp.DisconnectAsync(quit: false, CancellationToken.None);
                }

                mail.Attempts++;
                mail.LastError = e.Message.Length > 1000 ? e.Message[..1000] : e.Message;
                if (mail.Attempts >= settings.MaxAttempts)
                {
                    mail.Status = AlertMailStatus.Failed;
                    failed++;
                }
                else
                {
                    mail.NextAttemptAt = now + (TimeSpan.FromMinutes(Math.Pow(2, mail.Attempts - 1)) * (0.8 + (Random.Shared.NextDouble() * 0.4)));
                    retrying++;
                }
            }

            mail.LeaseUntil = null;
            await db.SaveChangesAsync(cancellationToken);
        }

        if (smtp.IsConnected)
        {
            await smtp.DisconnectAsync(quit: true, cancellationToken);
        }

        return new SendAlertMailsResult(sent, retrying, failed);
    }

    private static IQueryable<AlertMail> Due(IQueryable<AlertMail> mails, DateTimeOffset now) =>
        mails.Where(m => m.Status == AlertMailStatus.Pending && m.NextAttemptAt <= now && (m.LeaseUntil == null || m.LeaseUntil < now));

    /// <summary>Plain text: the alert's sentence, its numbers and its explanation. The Message-ID comes from the outbox row, so a resend after a crash is the same mail.</summary>
    private MimeMessage Compose(Alert alert, AlertMail mail, string workspace)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.FromName ?? $"Ekko {workspace}", settings.FromAddress));
        message.To.Add(MailboxAddress.Parse(mail.ToAddress));
        message.Subject = $"[{workspace}] {alert.Title}";
        var domain = settings.FromAddress.Split('@') is [_, var d] ? d : "ekko.local";
        message.MessageId = $"alert-{mail.Id:N}@{domain}";
        message.Headers.Add("Auto-Submitted", "auto-generated");
        var text = new System.Text.StringBuilder();
        text.AppendLine(alert.Title).AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Severity: {Cases.Names.Of(alert.Severity)} ({Math.Abs(alert.Score):F1} standard deviations, n = {alert.N})").AppendLine();
        text.AppendLine("Why:").AppendLine(alert.Summary).AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{settings.PublicUrl.TrimEnd('/')}/api/v1/alerts/{alert.Id}");
        message.Body = new TextPart("plain") { Text = text.ToString() };
        return message;
    }
}
