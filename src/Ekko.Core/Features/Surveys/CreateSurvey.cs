using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Surveys;

public sealed record CreateSurveyCommand(Guid WorkspaceId, JsonNode? Body);

/// <summary>Creates a survey as a draft. Its open link is <c>/s/{workspace}-{key}</c>, readable and unique across the installation.</summary>
public sealed class CreateSurvey(IDbContextFactory<EkkoDbContext> dbFactory, TimeProvider clock)
{
    public async Task<CommandResult<SurveyView>> HandleAsync(CreateSurveyCommand command, CancellationToken cancellationToken)
    {
        var parsed = SurveyInput.Parse(command.Body);
        if (parsed.Value is not { } input)
        {
            return CommandResult<SurveyView>.Invalid(parsed.Errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (touchpoint, touchpointError) = await SurveyStore.TouchpointAsync(db, command.WorkspaceId, input.Touchpoint, cancellationToken);
        if (touchpointError is not null)
        {
            return CommandResult<SurveyView>.Invalid([touchpointError]);
        }

        if (await SurveyStore.FindAsync(db, command.WorkspaceId, input.Key, cancellationToken) is not null)
        {
            return CommandResult<SurveyView>.Conflict("key", $"a survey with key '{input.Key}' already exists");
        }

        var workspaceSlug = await db.Workspaces.Where(w => w.Id == command.WorkspaceId).Select(w => w.Slug).FirstAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var survey = new Survey
        {
            WorkspaceId = command.WorkspaceId,
            Key = input.Key,
            Slug = $"{workspaceSlug}-{input.Key}",
            Name = input.Name,
            TouchpointId = touchpoint,
            DefaultLanguage = input.DefaultLanguage,
            Definition = SurveyStore.Serialize(input.Definition),
            Distribution = SurveyStore.Serialize(input.Distribution),
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Surveys.Add(survey);
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<SurveyView>.Ok(await SurveyStore.ViewAsync(db, survey, cancellationToken));
    }
}
