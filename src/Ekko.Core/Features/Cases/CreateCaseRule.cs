using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Cases;

public sealed record CreateCaseRuleCommand(Guid WorkspaceId, JsonNode? Body);

/// <summary>Adds a case rule (see <see cref="CaseRuleInput"/> for the body).</summary>
public sealed class CreateCaseRule(IDbContextFactory<EkkoDbContext> dbFactory, TimeProvider clock)
{
    public async Task<CommandResult<CaseRuleView>> HandleAsync(CreateCaseRuleCommand command, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rule = new CaseRule { WorkspaceId = command.WorkspaceId, Name = "", CreatedAt = clock.GetUtcNow() };
        var errors = await CaseRuleInput.ReadIntoAsync(db, command.WorkspaceId, command.Body, rule, cancellationToken);
        if (errors.Count > 0)
        {
            return CommandResult<CaseRuleView>.Invalid(errors);
        }

        db.CaseRules.Add(rule);
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<CaseRuleView>.Ok((await CaseRuleInput.ViewsAsync(db, command.WorkspaceId, [rule], cancellationToken))[0]);
    }
}
