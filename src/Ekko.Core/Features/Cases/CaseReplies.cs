using System.Globalization;
using Ekko.Core.Data;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Cases;

/// <summary>A reply as it will go out: recipient, subject (with the case number) and body, placeholders filled in.</summary>
public sealed record CaseReplyText(string To, string? ToName, string Subject, string Body, string? Language);

/// <summary>
/// Writes a reply the one way both the send and its preview use, so what an agent reads before sending is
/// exactly what the customer gets: the template in the customer's language (else its first), placeholders filled.
/// </summary>
internal static class CaseReplies
{
    public static async Task<CommandResult<CaseReplyText>> ComposeAsync(
        EkkoDbContext db, FollowUpCase @case, string? templateKey, string? subject, string? body, CancellationToken cancellationToken)
    {
        var customer = @case.CustomerId is { } id ? await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken) : null;
        if (customer?.Email is not { Length: > 0 } address)
        {
            return CommandResult<CaseReplyText>.Conflict("case", "the case's customer has no e-mail address");
        }

        string? language = null;
        if (templateKey is not null)
        {
            var templates = await db.CaseReplyTemplates.AsNoTracking().Where(t => t.WorkspaceId == @case.WorkspaceId && t.Key == templateKey)
                .OrderBy(t => t.Language).ToListAsync(cancellationToken);
            var template = templates.FirstOrDefault(t => t.Language == customer.Language) ?? templates.FirstOrDefault();
            if (template is null)
            {
                return CommandResult<CaseReplyText>.Invalid([new FieldError("template", $"this workspace has no reply template '{templateKey}'")]);
            }

            subject ??= template.Subject;
            body ??= template.Body;
            language = template.Language;
        }

        var workspace = await db.Workspaces.Where(w => w.Id == @case.WorkspaceId).Select(w => w.Name).SingleAsync(cancellationToken);
        var agent = @case.AssigneeId is { } assignee ? await db.Users.Where(u => u.Id == assignee).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken) : null;
        string Fill(string text) => text
            .Replace("{{customer.name}}", customer.Name ?? "", StringComparison.Ordinal)
            .Replace("{{case.number}}", @case.Number.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{{case.title}}", @case.Title, StringComparison.Ordinal)
            .Replace("{{agent}}", string.IsNullOrEmpty(agent) ? workspace : agent, StringComparison.Ordinal)
            .Replace("{{workspace}}", workspace, StringComparison.Ordinal);
        return CommandResult<CaseReplyText>.Ok(new CaseReplyText(address, customer.Name, $"{Fill(subject!)} [case #{@case.Number}]", Fill(body!), language));
    }
}
