using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Cases;

public sealed record UpdateCaseRuleCommand(Guid WorkspaceId, Guid RuleId, JsonNode? Body);

/// <summary>Replaces a rule's conditions and outcome; cases it opened keep what they got.</summary>
public sealed class UpdateCaseRule(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async Task<CommandResult<CaseRuleView>> HandleAsync(UpdateCaseRuleCommand command, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rule = await db.CaseRules.FirstOrDefaultAsync(r => r.WorkspaceId == command.WorkspaceId && r.Id == command.RuleId, cancellationToken);
        if (rule is null)
        {
            return CommandResult<CaseRuleView>.NotFound();
        }

        var errors = await CaseRuleInput.ReadIntoAsync(db, command.WorkspaceId, command.Body, rule, cancellationToken);
        if (errors.Count > 0)
        {
            return CommandResult<CaseRuleView>.Invalid(errors);
        }

        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<CaseRuleView>.Ok((await CaseRuleInput.ViewsAsync(db, command.WorkspaceId, [rule], cancellationToken))[0]);
    }
}
