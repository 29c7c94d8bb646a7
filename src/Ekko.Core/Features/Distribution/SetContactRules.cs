using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Distribution;

public sealed record SetContactRulesCommand(Guid WorkspaceId, JsonNode? Body);

/// <summary>Replaces the workspace's contact limit, quiet hours and time zone; they apply from the next invitation sent.</summary>
public sealed class SetContactRules(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async Task<CommandResult<ContactRules>> HandleAsync(SetContactRulesCommand command, CancellationToken cancellationToken)
    {
        var parsed = ContactRules.Parse(command.Body);
        if (parsed.Value is not { } rules)
        {
            return CommandResult<ContactRules>.Invalid(parsed.Errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Workspaces.Where(w => w.Id == command.WorkspaceId).ExecuteUpdateAsync(u => u
            .SetProperty(w => w.ContactLimitDays, rules.ContactLimitDays)
            .SetProperty(w => w.QuietHoursStart, rules.QuietHoursStart)
            .SetProperty(w => w.QuietHoursEnd, rules.QuietHoursEnd)
            .SetProperty(w => w.TimeZone, rules.TimeZone), cancellationToken);
        return CommandResult<ContactRules>.Ok(rules);
    }
}
