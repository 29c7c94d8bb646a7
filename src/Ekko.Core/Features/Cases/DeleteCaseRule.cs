using Ekko.Core.Data;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Cases;

public sealed record DeleteCaseRuleCommand(Guid WorkspaceId, Guid RuleId);

/// <summary>Deletes a rule; its cases stay (they no longer name the rule).</summary>
public sealed class DeleteCaseRule(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async Task<CommandResult<bool>> HandleAsync(DeleteCaseRuleCommand command, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rule = await db.CaseRules.FirstOrDefaultAsync(r => r.WorkspaceId == command.WorkspaceId && r.Id == command.RuleId, cancellationToken);
        if (rule is null)
        {
            return CommandResult<bool>.NotFound();
        }

        db.CaseRules.Remove(rule);
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<bool>.Ok(true);
    }
}
