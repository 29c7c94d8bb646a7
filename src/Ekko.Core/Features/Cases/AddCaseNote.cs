using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Cases;

public sealed record AddCaseNoteCommand(Guid WorkspaceId, Guid CaseId, JsonNode? Body, string Actor);

/// <summary>
/// Adds a note to the trail: <c>{"text", "contact"?: "phone" | "email" | "chat" | "meeting"}</c>. A note with
/// <c>contact</c> records that the customer was reached that way, which stops the first-contact clock.
/// </summary>
public sealed class AddCaseNote(IDbContextFactory<EkkoDbContext> dbFactory, TimeProvider clock)
{
    private static readonly string[] Channels = ["phone", "email", "chat", "meeting"];

    public async Task<CommandResult<CaseDetail>> HandleAsync(AddCaseNoteCommand command, CancellationToken cancellationToken)
    {
        var reader = RecordReader.For(command.Body, out var notAnObject);
        if (reader is null)
        {
            return CommandResult<CaseDetail>.Invalid([notAnObject!]);
        }

        var text = reader.RequiredString("text", 10_000);
        var contact = reader.OptionalString("contact", 16);
        if (contact is not null && !Channels.Contains(contact))
        {
            reader.AddError("contact", $"expected one of {string.Join(", ", Channels)}, got '{contact}'");
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

        var now = clock.GetUtcNow();
        db.CaseEvents.Add(new CaseEvent { WorkspaceId = command.WorkspaceId, CaseId = @case.Id, At = now, Actor = command.Actor, Kind = "note", To = contact, Text = text });
        if (contact is not null && @case.RecordFirstContact(now))
        {
            db.CaseEvents.Add(new CaseEvent { WorkspaceId = command.WorkspaceId, CaseId = @case.Id, At = now, Actor = command.Actor, Kind = "contact", To = contact, Text = "first contact" });
        }

        @case.UpdatedAt = now;
        @case.Version++;
        try
        {
            await CaseChangeApplier.AnnounceAsync(db, command.WorkspaceId, [@case], now, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult<CaseDetail>.Conflict("version", "someone else changed the case at the same moment; send the note again");
        }

        return CommandResult<CaseDetail>.Ok((await CaseDetails.LoadAsync(db, command.WorkspaceId, @case.Id, now, cancellationToken))!);
    }
}
