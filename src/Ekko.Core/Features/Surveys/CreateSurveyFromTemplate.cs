using Ekko.Core.Data;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Surveys;

public sealed record CreateSurveyFromTemplateCommand(Guid WorkspaceId, string Template, string? Key, string? Name, string? Touchpoint);

/// <summary>Creates a draft survey from a shipped template, under the template's key unless another is given.</summary>
public sealed class CreateSurveyFromTemplate(IDbContextFactory<EkkoDbContext> dbFactory, CreateSurvey create)
{
    public async Task<CommandResult<SurveyView>> HandleAsync(CreateSurveyFromTemplateCommand command, CancellationToken cancellationToken)
    {
        string companyName;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            companyName = await db.Workspaces.Where(w => w.Id == command.WorkspaceId).Select(w => w.Name).FirstAsync(cancellationToken);
        }

        if (SurveyTemplates.Body(command.Template, companyName) is not { } body)
        {
            return CommandResult<SurveyView>.Invalid([new FieldError("template", $"expected one of {string.Join(", ", SurveyTemplates.Keys)}, got '{command.Template}'")]);
        }

        if (command.Key is not null)
        {
            body["key"] = command.Key;
        }

        if (command.Name is not null)
        {
            body["name"] = command.Name;
        }

        if (command.Touchpoint is not null)
        {
            body["touchpoint"] = command.Touchpoint;
        }

        return await create.HandleAsync(new CreateSurveyCommand(command.WorkspaceId, body), cancellationToken);
    }
}
