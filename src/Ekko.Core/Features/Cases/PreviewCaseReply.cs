using Ekko.Core.Data;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Cases;

public sealed record PreviewCaseReplyQuery(Guid WorkspaceId, Guid CaseId, string Template);

/// <summary>The e-mail <see cref="SendCaseReply"/> would send from a template, for the agent to read before sending it.</summary>
public sealed class PreviewCaseReply(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async Task<CommandResult<CaseReplyText>> HandleAsync(PreviewCaseReplyQuery query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var @case = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.WorkspaceId == query.WorkspaceId && c.Id == query.CaseId, cancellationToken);
        return @case is null ? CommandResult<CaseReplyText>.NotFound() : await CaseReplies.ComposeAsync(db, @case, query.Template, null, null, cancellationToken);
    }
}
