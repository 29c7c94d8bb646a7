using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Cases;

/// <param name="Actor">Who changes it, for the audit trail (<c>api-key:PREFIX</c>, <c>user:EMAIL</c>).</param>
public sealed record UpdateCaseCommand(Guid WorkspaceId, Guid CaseId, JsonNode? Body, string Actor);

/// <summary>
/// Changes a case: <c>{"status"?, "priority"?, "team"?, "assignee"?, "resolution_code"?, "root_cause"?, "version"?}</c>.
/// A status change the case's state machine does not allow, or resolving without a resolution code, is
/// refused whole; a stale <c>version</c> is a conflict (someone else changed the case meanwhile).
/// </summary>
public sealed class UpdateCase(IDbContextFactory<EkkoDbContext> dbFactory, TimeProvider clock)
{
    public async Task<CommandResult<CaseDetail>> HandleAsync(UpdateCaseCommand command, CancellationToken cancellationToken)
    {
        var reader = RecordReader.For(command.Body, out var notAnObject);
        if (reader is null)
        {
            return CommandResult<CaseDetail>.Invalid([notAnObject!]);
        }

        var changes = CaseChanges.Read(reader, command.Body, allowVersion: true);
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

        if (changes.Version is { } version && version != @case.Version)
        {
            return CommandResult<CaseDetail>.Conflict("version", $"the case has changed since version {version} (it is at {@case.Version}); reload it and try again");
        }

        var now = clock.GetUtcNow();
        try
        {
            var errors = await CaseChangeApplier.ApplyAsync(db, command.WorkspaceId, [@case], changes, command.Actor, now, cancellationToken);
            if (errors.Count > 0)
            {
                return CommandResult<CaseDetail>.Invalid(errors);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult<CaseDetail>.Conflict("version", "someone else changed the case at the same moment; reload it and try again");
        }

        return CommandResult<CaseDetail>.Ok((await CaseDetails.LoadAsync(db, command.WorkspaceId, @case.Id, now, cancellationToken))!);
    }
}
