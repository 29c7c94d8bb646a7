using Ekko.Core.Data;
using Ekko.Core.Features.Customers;
using Ekko.Core.Features.Surveys;
using Ekko.Core.Features.Workspaces;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace Ekko.Core.Features.Distribution;

public sealed record SendDueInvitationsCommand(int MaxCount);

public sealed record SendDueInvitationsResult(int Sent, int Reminded, int Skipped, int Postponed, int Retrying, int Failed);

/// <summary>
/// Sends the invitations and reminders that are due, after the last checks that only make sense at sending
/// time: the survey is still open, the customer has consented and has an address, nobody contacted them within
/// the contact limit (any survey of the workspace), and it is not quiet hours where they live. Each outcome is
/// written on the invitation with its reason. Invitations are claimed with a lease first, so several instances
/// can run this at once without sending one twice; a failed send is retried with backoff, then marked failed.
/// </summary>
public sealed class SendDueInvitations(IDbContextFactory<EkkoDbContext> dbFactory, SurveyTokens tokens, EmailSettings settings, TimeProvider clock)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    public async Task<SendDueInvitationsResult> HandleAsync(SendDueInvitationsCommand command, CancellationToken cancellationToken)
    {
        var tally = new int[6];
        if (!settings.IsConfigured)
        {
            return new SendDueInvitationsResult(0, 0, 0, 0, 0, 0);
        }

        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var due = await Due(db.Invitations.AsNoTracking(), now)
            .OrderBy(i => i.DueAt)
            .Select(i => i.Id)
            .Take(command.MaxCount)
            .ToListAsync(cancellationToken);

        using var smtp = new SmtpClient();
        foreach (var id in due)
        {
            // The claim repeats the due test: another instance may have sent it (and released it) since the list was read.
            var claimed = await Due(db.Invitations.Where(i => i.Id == id), now)
                .ExecuteUpdateAsync(u => u.SetProperty(i => i.LeaseUntil, now + Lease), cancellationToken);
            if (claimed == 0)
            {
                continue;
            }

            var invitation = await db.Invitations.FirstAsync(i => i.Id == id, cancellationToken);
            var outcome = await ProcessAsync(db, smtp, invitation, now, cancellationToken);
            tally[(int)outcome]++;
            invitation.LeaseUntil = null;
            await db.SaveChangesAsync(cancellationToken);
        }

        if (smtp.IsConnected)
        {
            await smtp.DisconnectAsync(quit: true, cancellationToken);
        }

        return new SendDueInvitationsResult(tally[0], tally[1], tally[2], tally[3], tally[4], tally[5]);
    }

    private static IQueryable<Invitation> Due(IQueryable<Invitation> invitations, DateTimeOffset now) =>
        invitations.Where(i =>
            ((i.Status == InvitationStatus.Scheduled && i.DueAt <= now) || (i.Status == InvitationStatus.Sent && i.ReminderSentAt == null && i.ReminderDueAt <= now))
            && (i.LeaseUntil == null || i.LeaseUntil < now));

    private enum Outcome
    {
        Sent,
        Reminded,
        Skipped,
        Postponed,
        Retrying,
        Failed,
    }

    private async Task<Outcome> ProcessAsync(EkkoDbContext db, SmtpClient smtp, Invitation invitation, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var isReminder = invitation.Status == InvitationStatus.Sent;
        var survey = await db.Surveys.AsNoTracking().FirstAsync(s => s.Id == invitation.SurveyId, cancellationToken);
        var customer = await db.Customers.AsNoTracking().FirstAsync(c => c.Id == invitation.CustomerId, cancellationToken);
        var workspace = await db.Workspaces.AsNoTracking().FirstAsync(w => w.Id == invitation.WorkspaceId, cancellationToken);
        var distribution = survey.ReadDistribution();

        var skip = await ReasonToSkipAsync(db, invitation, survey, customer, workspace, distribution, isReminder, now, cancellationToken);
        if (skip is not null)
        {
            if (isReminder)
            {
                invitation.ReminderDueAt = null;
                invitation.Reason = $"{invitation.Reason}; no reminder: {skip}";
            }
            else
            {
                invitation.Status = InvitationStatus.Skipped;
                invitation.Reason = skip;
            }

            return Outcome.Skipped;
        }

        if (QuietHoursEnd(workspace, now) is { } quietUntil)
        {
            if (isReminder)
            {
                invitation.ReminderDueAt = quietUntil;
            }
            else
            {
                invitation.DueAt = quietUntil;
                invitation.Reason = $"postponed to {quietUntil:yyyy-MM-dd HH:mm} UTC: quiet hours {workspace.QuietHoursStart:00}:00-{workspace.QuietHoursEnd:00}:00 ({workspace.TimeZone})";
            }

            return Outcome.Postponed;
        }

        var definition = survey.ReadDefinition();
        var language = invitation.Language ?? RespondentLanguage.Choose(definition.Languages, survey.DefaultLanguage, null, customer.Language, []);
        var expires = invitation.ExpiresAt ?? now.AddDays(distribution.InvitationValidDays);
        var baseUrl = settings.PublicUrl.TrimEnd('/');
        var mail = InvitationMail.Compose(
            new InvitationMailContent(
                language, workspace.Name, customer.Name, customer.Email!, definition.ScoredQuestion,
                $"{baseUrl}/i/{tokens.ForInvitation(invitation.Id, expires)}", $"{baseUrl}/u/{tokens.ForUnsubscribe(invitation.Id)}", isReminder),
            settings, invitation.Id);
        try
        {
            await EnsureConnectedAsync(smtp, cancellationToken);
            await smtp.SendAsync(mail, cancellationToken);
        }
        catch (Exception e) when (e is SmtpCommandException or SmtpProtocolException or IOException or System.Net.Sockets.SocketException or AuthenticationException or MailKit.ServiceNotConnectedException)
        {
            if (smtp.IsConnected)
            {
                await smtp.DisconnectAsync(quit: false, CancellationToken.None);
            }

            return Retry(invitation, isReminder, e is SmtpCommandException command ? $"SMTP {(int)command.StatusCode}: {e.Message}" : e.Message, now);
        }

        invitation.Language = language;
        invitation.Attempts = 0;
        invitation.LastError = null;
        if (isReminder)
        {
            invitation.ReminderSentAt = now;
            return Outcome.Reminded;
        }

        invitation.Status = InvitationStatus.Sent;
        invitation.SentAt = now;
        invitation.ExpiresAt = expires;
        invitation.ReminderDueAt = distribution.ReminderAfterDays is { } days ? now.AddDays(days) : null;
        invitation.Reason = $"sent to {customer.Email}; {invitation.Reason}";
        return Outcome.Sent;
    }

    /// <summary>Exponential backoff with jitter (1, 2, 4, 8 ... minutes), so a mail server that is down is not hammered.</summary>
    private Outcome Retry(Invitation invitation, bool isReminder, string error, DateTimeOffset now)
    {
        invitation.Attempts++;
        invitation.LastError = error.Length > 1000 ? error[..1000] : error;
        if (invitation.Attempts >= settings.MaxAttempts)
        {
            if (isReminder)
            {
                invitation.ReminderDueAt = null;
            }
            else
            {
                invitation.Status = InvitationStatus.Failed;
                invitation.Reason = $"gave up after {invitation.Attempts} attempts: {invitation.LastError}";
            }

            return Outcome.Failed;
        }

        var delay = TimeSpan.FromMinutes(Math.Pow(2, invitation.Attempts - 1)) * (0.8 + (Random.Shared.NextDouble() * 0.4));
        if (isReminder)
        {
            invitation.ReminderDueAt = now + delay;
        }
        else
        {
            invitation.DueAt = now + delay;
        }

        return Outcome.Retrying;
    }

    private Task EnsureConnectedAsync(SmtpClient smtp, CancellationToken cancellationToken) =>
        SmtpConnection.EnsureConnectedAsync(smtp, settings, cancellationToken);

    private static async Task<string?> ReasonToSkipAsync(
        EkkoDbContext db, Invitation invitation, Survey survey, Customer customer, Workspace workspace, SurveyDistribution distribution,
        bool isReminder, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!survey.IsOpen)
        {
            return $"survey '{survey.Key}' is {survey.Status.ToString().ToLowerInvariant()}";
        }

        if (customer.ConsentSurveys != true)
        {
            return customer.ConsentSurveys == false ? "the customer has not consented to surveys" : "the customer's survey consent is unknown";
        }

        if (string.IsNullOrWhiteSpace(customer.Email))
        {
            return "the customer has no e-mail address";
        }

        if (isReminder)
        {
            return invitation.ExpiresAt < now ? "the invitation has expired" : null;
        }

        var limitDays = distribution.ContactLimitDays ?? workspace.ContactLimitDays;
        if (limitDays <= 0)
        {
            return null;
        }

        var since = now.AddDays(-limitDays);
        var recent = await (from i in db.Invitations.AsNoTracking()
                            join s in db.Surveys on i.SurveyId equals s.Id
                            where i.WorkspaceId == invitation.WorkspaceId && i.CustomerId == invitation.CustomerId && i.Id != invitation.Id && i.SentAt >= since
                            orderby i.SentAt descending
                            select new { i.SentAt, s.Key }).FirstOrDefaultAsync(cancellationToken);
        return recent is null ? null : $"contact limit: invited to '{recent.Key}' on {recent.SentAt:yyyy-MM-dd}, at most one invitation per {limitDays} days";
    }

    /// <summary>When the workspace's quiet hours end, if it is quiet hours now in its time zone; otherwise null.</summary>
    internal static DateTimeOffset? QuietHoursEnd(Workspace workspace, DateTimeOffset now)
    {
        if (workspace.QuietHoursStart == workspace.QuietHoursEnd)
        {
            return null;
        }

        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(workspace.TimeZone, out var found) ? found : TimeZoneInfo.Utc;
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var (start, end, hour) = (workspace.QuietHoursStart, workspace.QuietHoursEnd, local.Hour);
        var quiet = start < end ? hour >= start && hour < end : hour >= start || hour < end;
        if (!quiet)
        {
            return null;
        }

        var endDay = hour >= end ? local.Date.AddDays(1) : local.Date;
        var endLocal = endDay.AddHours(end);
        return new DateTimeOffset(endLocal, zone.GetUtcOffset(endLocal)).ToUniversalTime();
    }
}
