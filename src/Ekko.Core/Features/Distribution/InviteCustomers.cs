using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Distribution;

public sealed record InviteCustomersCommand(Guid WorkspaceId, string SurveyKey, JsonNode? Body);

public sealed record InviteCustomersResult(int Scheduled, DateTimeOffset DueAt);

/// <summary>
/// Invites customers by hand: <c>{"customers": ["c-1", "c-2"], "send_at"?: "2026-05-01T09:00:00+02:00"}</c>.
/// The invitations are scheduled; consent, contact limits and quiet hours are checked when they are sent,
/// because that is when they matter. Unknown customer ids are refused whole (nothing is scheduled).
/// </summary>
public sealed class InviteCustomers(IDbContextFactory<EkkoDbContext> dbFactory, TimeProvider clock)
{
    public const int MaxCustomers = 1000;

    public async Task<CommandResult<InviteCustomersResult>> HandleAsync(InviteCustomersCommand command, CancellationToken cancellationToken)
    {
        var reader = RecordReader.For(command.Body, out var notAnObject);
        if (reader is null)
        {
            return CommandResult<InviteCustomersResult>.Invalid([notAnObject!]);
        }

        var sendAt = reader.OptionalTimestamp("send_at");
        var ids = new List<string>();
        if (!reader.Has("customers") || command.Body!["customers"] is not JsonArray array || array.Count is 0 or > MaxCustomers
            || array.Any(a => !RecordReader.TryGetString(a, out _)))
        {
            reader.AddError("customers", $"expected an array of 1-{MaxCustomers} customer ids");
        }
        else
        {
            ids.AddRange(array.Select(a => RecordReader.TryGetString(a, out var id) ? id : "").Distinct(StringComparer.Ordinal));
        }

        reader.RejectUnknownFields();
        if (reader.Errors.Count > 0)
        {
            return CommandResult<InviteCustomersResult>.Invalid(reader.Errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var survey = await db.Surveys.AsNoTracking().FirstOrDefaultAsync(s => s.WorkspaceId == command.WorkspaceId && s.Key == command.SurveyKey, cancellationToken);
        if (survey is null)
        {
            return CommandResult<InviteCustomersResult>.NotFound();
        }

        var customers = await db.Customers.Where(c => c.WorkspaceId == command.WorkspaceId && ids.Contains(c.ExternalId))
            .Select(c => new { c.Id, c.ExternalId }).ToListAsync(cancellationToken);
        var unknown = ids.Where(id => customers.All(c => c.ExternalId != id)).Take(5).ToList();
        if (unknown.Count > 0)
        {
            return CommandResult<InviteCustomersResult>.Invalid([new FieldError("customers", $"this workspace has no customer {string.Join(", ", unknown.Select(u => $"'{u}'"))}; nothing was scheduled")]);
        }

        var now = clock.GetUtcNow();
        var due = sendAt is { } at && at > now ? at : now;
        db.Invitations.AddRange(customers.Select(c => new Invitation
        {
            WorkspaceId = command.WorkspaceId,
            SurveyId = survey.Id,
            CustomerId = c.Id,
            Reason = "invited by hand",
            CreatedAt = now,
            DueAt = due,
        }));
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<InviteCustomersResult>.Ok(new InviteCustomersResult(customers.Count, due));
    }
}
