using Ekko.Core.Data;
using Ekko.Core.Features.Surveys;
using Ekko.Core.Formats;
using MailKit.Net.Smtp;
using MimeKit;

namespace Ekko.Core.Features.Distribution;

/// <param name="Language">The language of the mail; null for the survey's default.</param>
public sealed record SendTestInvitationCommand(Guid WorkspaceId, string SurveyKey, string ToAddress, string? Language);

public sealed record TestInvitationSent(string ToAddress, string Language, string Subject);

/// <summary>
/// Sends the survey's invitation e-mail, exactly as a customer would get it, to an address the author types, through
/// the installation's SMTP settings, so the mail can be checked in a real mail program before anyone is invited.
/// Nothing is recorded: there is no customer and no invitation. The links lead to the survey's open link (a test
/// answer given through them is an ordinary anonymous answer), and the subject says it is a test.
/// </summary>
public sealed class SendTestInvitation(IDbContextFactory<EkkoDbContext> dbFactory, EmailSettings settings, SurveyTokens tokens)
{
    public async Task<CommandResult<TestInvitationSent>> HandleAsync(SendTestInvitationCommand command, CancellationToken cancellationToken)
    {
        var address = command.ToAddress.Trim();
        if (address.Length > 254 || !MailboxAddress.TryParse(address, out var mailbox) || !mailbox.Address.Contains('@', StringComparison.Ordinal) || mailbox.Address != address)
        {
            return CommandResult<TestInvitationSent>.Invalid([new FieldError("to", $"expected one e-mail address such as anna@example.se, got '{address}'")]);
        }

        if (!settings.IsConfigured)
        {
            return CommandResult<TestInvitationSent>.Conflict("email", "no SMTP server is configured (Email:Host), so nothing can be sent; see docs/operations.md");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await SurveyStore.FindAsync(db, command.WorkspaceId, command.SurveyKey, cancellationToken) is not { } survey)
        {
            return CommandResult<TestInvitationSent>.NotFound();
        }

        var definition = survey.ReadDefinition();
        var language = command.Language ?? survey.DefaultLanguage;
        if (!definition.Languages.Contains(language))
        {
            return CommandResult<TestInvitationSent>.Invalid([new FieldError("language", $"the survey is offered in {string.Join(", ", definition.Languages)}, not '{language}'")]);
        }

        var company = await db.Workspaces.Where(w => w.Id == command.WorkspaceId).Select(w => w.Name).FirstAsync(cancellationToken);
        var baseUrl = settings.PublicUrl.TrimEnd('/');
        var link = $"{baseUrl}/s/{survey.Slug}";
        // A made-up invitation: its unsubscribe link finds no invitation and so changes no customer's consent.
        var testId = Guid.CreateVersion7();
        var mail = InvitationMail.Compose(
            new InvitationMailContent(language, company, null, address, definition.ScoredQuestion, link, $"{baseUrl}/u/{tokens.ForUnsubscribe(testId)}", IsReminder: false),
            settings, testId);
        mail.Subject = $"[Test] {mail.Subject}";
        try
        {
            using var smtp = new SmtpClient();
            await SmtpConnection.EnsureConnectedAsync(smtp, settings, cancellationToken);
            await smtp.SendAsync(mail, cancellationToken);
            await smtp.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception e) when (e is SmtpCommandException or SmtpProtocolException or IOException or System.Net.Sockets.SocketException
            or MailKit.Security.AuthenticationException or MailKit.ServiceNotConnectedException or System.Security.Authentication.AuthenticationException)
        {
            return CommandResult<TestInvitationSent>.Conflict("email", $"the SMTP server {settings.Host}:{settings.Port} did not take the mail: {e.Message}");
        }

        return CommandResult<TestInvitationSent>.Ok(new TestInvitationSent(address, language, mail.Subject));
    }
}
