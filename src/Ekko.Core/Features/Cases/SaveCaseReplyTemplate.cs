using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Cases;

public sealed record CaseReplyTemplateView(string Key, string Language, string Subject, string Body);

public sealed record SaveCaseReplyTemplateCommand(Guid WorkspaceId, string Key, JsonNode? Body);

/// <summary>Creates or replaces one language of a reply template: <c>{"language": "sv", "subject", "body"}</c>.</summary>
public sealed class SaveCaseReplyTemplate(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async Task<CommandResult<CaseReplyTemplateView>> HandleAsync(SaveCaseReplyTemplateCommand command, CancellationToken cancellationToken)
    {
        var reader = RecordReader.For(command.Body, out var notAnObject);
        if (reader is null)
        {
            return CommandResult<CaseReplyTemplateView>.Invalid([notAnObject!]);
        }

        if (!RecordReader.IsKey(command.Key))
        {
            reader.AddError("key", "expected a key: lowercase letters, digits and dashes, up to 64 characters");
        }

        var language = reader.OptionalLanguage("language");
        if (language is null && !reader.Errors.Any(e => e.Field == "language"))
        {
            reader.AddError("language", "is required: a two-letter language code");
        }

        var subject = reader.RequiredString("subject", 300);
        var body = reader.RequiredString("body", 20_000);
        reader.RejectUnknownFields();
        if (reader.Errors.Count > 0)
        {
            return CommandResult<CaseReplyTemplateView>.Invalid(reader.Errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var template = await db.CaseReplyTemplates.FirstOrDefaultAsync(t => t.WorkspaceId == command.WorkspaceId && t.Key == command.Key && t.Language == language, cancellationToken);
        if (template is null)
        {
            template = new CaseReplyTemplate { WorkspaceId = command.WorkspaceId, Key = command.Key, Language = language!, Subject = subject, Body = body };
            db.CaseReplyTemplates.Add(template);
        }

        template.Subject = subject;
        template.Body = body;
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<CaseReplyTemplateView>.Ok(new CaseReplyTemplateView(template.Key, template.Language, template.Subject, template.Body));
    }
}
