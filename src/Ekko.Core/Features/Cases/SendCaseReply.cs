using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Features.Distribution;
using Ekko.Core.Formats;
using MailKit.Net.Smtp;
using MimeKit;

namespace Ekko.Core.Features.Cases;

public sealed record SendCaseReplyCommand(Guid WorkspaceId, Guid CaseId, JsonNode? Body, string Actor);

/// <summary>
/// E-mails the case's customer: <c>{"template": "apology"}</c> (in the customer's language when the template
/// has it, else its first) or <c>{"subject", "body"}</c>; placeholders are filled in either way
/// (<see cref="CaseReplyTemplate"/>). The subject carries the case number so replies can be matched. The send
/// is the first contact when none was recorded; the whole text goes into the trail.
/// </summary>
public sealed class SendCaseReply(IDbContextFactory<EkkoDbContext> dbFactory, EmailSettings settings, TimeProvider clock)
{
    public async Task<CommandResult<CaseDetail>> HandleAsync(SendCaseReplyCommand command, CancellationToken cancellationToken)
    {
        var reader = RecordReader.For(command.Body, out var notAnObject);
        if (reader is null)
        {
            return CommandResult<CaseDetail>.Invalid([notAnObject!]);
        }

        var templateKey = reader.OptionalKey("template");
        var subject = reader.OptionalString("subject", 300);
        var body = reader.OptionalString("body", 20_000);
        if (templateKey is null && (subject is null || body is null))
        {
            reader.AddError(subject is null ? "subject" : "body", "give a template, or a subject and a body");
        }

        reader.RejectUnknownFields();
        if (reader.Errors.Count > 0)
        {
            return CommandResult<CaseDetail>.Invalid(reader.Errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var @case = await db.Cases.FirstOrDefaultAsync(c => c.WorkspaceId == command.WorkspaceId && c.Id == command.CaseId, cancellationToken);
        if (@case is null)
        {
            return CommandResult<CaseDetail>.NotFound();
        }

        if (!settings.IsConfigured)
        {
            return CommandResult<CaseDetail>.Conflict("case", "e-mail is not configured on this server (Email:Host)");
        }

        var composed = await CaseReplies.ComposeAsync(db, @case, templateKey, subject, body, cancellationToken);
        if (composed.Value is not { } reply)
        {
            return new CommandResult<CaseDetail>(composed.Status, null, composed.Errors, composed.Message);
        }

        var workspace = await db.Workspaces.Where(w => w.Id == command.WorkspaceId).Select(w => w.Name).SingleAsync(cancellationToken);
        var mail = new MimeMessage
        {
            Subject = reply.Subject,
            Body = new TextPart("plain") { Text = reply.Body },
            MessageId = $"case-{@case.Id:N}-{Guid.NewGuid():N}@ekko",
        };
        mail.From.Add(new MailboxAddress(settings.FromName ?? workspace, settings.FromAddress));
        mail.To.Add(new MailboxAddress(reply.ToName ?? "", reply.To));
        try
        {
            using var smtp = new SmtpClient();
            await SmtpConnection.EnsureConnectedAsync(smtp, settings, cancellationToken);
            await smtp.SendAsync(mail, cancellationToken);
            await smtp.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception e) when (e is SmtpCommandException or SmtpProtocolException or IOException or System.Net.Sockets.SocketException or MailKit.Security.AuthenticationException)
        {
            return CommandResult<CaseDetail>.Conflict("case", $"the mail server did not take the reply: {e.Message}");
        }

        var now = clock.GetUtcNow();
        db.CaseEvents.Add(new CaseEvent { WorkspaceId = command.WorkspaceId, CaseId = @case.Id, At = now, Actor = command.Actor, Kind = "reply", To = reply.To, Text = $"{reply.Subject}\n\n{reply.Body}" });
        if (@case.RecordFirstContact(now))
        {
            db.CaseEvents.Add(new CaseEvent { WorkspaceId = command.WorkspaceId, CaseId = @case.Id, At = now, Actor = command.Actor, Kind = "contact", To = "email", Text = "first contact" });
        }

        @case.UpdatedAt = now;
        @case.Version++;
        await CaseChangeApplier.AnnounceAsync(db, command.WorkspaceId, [@case], now, cancellationToken);
        return CommandResult<CaseDetail>.Ok((await CaseDetails.LoadAsync(db, command.WorkspaceId, @case.Id, now, cancellationToken))!);
    }
}
