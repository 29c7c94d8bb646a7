using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Cases;

public sealed record BulkUpdateCasesCommand(Guid WorkspaceId, JsonNode? Body, string Actor);

public sealed record BulkUpdateResult(int Changed);

/// <summary>
/// The inbox's bulk action: <c>{"cases": [id, ...], "status"?, "priority"?, "team"?, "assignee"?, ...}</c>
/// applied to every listed case, all or nothing (one case that cannot take the change refuses the batch,
/// naming it). Ids of other workspaces are refused like unknown ones.
/// </summary>
public sealed class BulkUpdateCases(IDbContextFactory<EkkoDbContext> dbFactory, TimeProvider clock)
{
    public const int MaxCases = 500;

    public async Task<CommandResult<BulkUpdateResult>> HandleAsync(BulkUpdateCasesCommand command, CancellationToken cancellationToken)
    {
        var reader = RecordReader.For(command.Body, out var notAnObject);
        if (reader is null)
        {
            return CommandResult<BulkUpdateResult>.Invalid([notAnObject!]);
        }

        var ids = new List<Guid>();
        if (reader.Has("cases") && command.Body!["cases"] is JsonArray array && array.Count is > 0 and <= MaxCases
            && array.All(a => RecordReader.TryGetString(a, out var s) && Guid.TryParse(s, out _)))
        {
            ids.AddRange(array.Select(a => Guid.Parse(a!.GetValue<string>())).Distinct());
        }
        else
        {
            reader.AddError("cases", $"expected an array of 1-{MaxCases} case ids");
        }

        var changes = CaseChanges.Read(reader, command.Body, allowVersion: false);
        reader.RejectUnknownFields();
        if (reader.Errors.Count == 0 && changes.IsEmpty)
        {
            reader.AddError("body", "names no change: give status, priority, team, assignee, resolution_code or root_cause");
        }

        if (reader.Errors.Count > 0)
        {
            return CommandResult<BulkUpdateResult>.Invalid(reader.Errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var cases = await db.Cases.Where(c => c.WorkspaceId == command.WorkspaceId && ids.Contains(c.Id)).OrderBy(c => c.Number).ToListAsync(cancellationToken);
        var missing = ids.Where(id => cases.All(c => c.Id != id)).Take(5).ToList();
        if (missing.Count > 0)
        {
            return CommandResult<BulkUpdateResult>.Invalid([new FieldError("cases", $"this workspace has no case {string.Join(", ", missing)}; nothing was changed")]);
        }

        try
        {
            var versions = cases.ToDictionary(c => c.Id, c => c.Version);
            var errors = await CaseChangeApplier.ApplyAsync(db, command.WorkspaceId, cases, changes, command.Actor, clock.GetUtcNow(), cancellationToken);
            if (errors.Count > 0)
            {
                return CommandResult<BulkUpdateResult>.Invalid(errors);
            }

            await transaction.CommitAsync(cancellationToken);
            return CommandResult<BulkUpdateResult>.Ok(new BulkUpdateResult(cases.Count(c => c.Version != versions[c.Id])));
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult<BulkUpdateResult>.Conflict("cases", "another change to one of these cases came first; nothing was changed, try again");
        }
    }
}
