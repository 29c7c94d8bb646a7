using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Surveys;

public sealed record UpdateSurveyCommand(Guid WorkspaceId, string Key, JsonNode? Body);

/// <summary>
/// Replaces a survey's name, touchpoint, questions and distribution. Once anyone has answered, only changes
/// that keep stored answers meaningful are accepted (<see cref="SurveyChanges"/>).
/// </summary>
public sealed class UpdateSurvey(IDbContextFactory<EkkoDbContext> dbFactory, SurveyCache cache, TimeProvider clock)
{
    public async Task<CommandResult<SurveyView>> HandleAsync(UpdateSurveyCommand command, CancellationToken cancellationToken)
    {
        var body = RecordReader.WithDefault(command.Body, "key", command.Key);
        var parsed = SurveyInput.Parse(body);
        if (parsed.Value is not { } input)
        {
            return CommandResult<SurveyView>.Invalid(parsed.Errors);
        }

        if (input.Key != command.Key)
        {
            return CommandResult<SurveyView>.Invalid([new FieldError("key", $"a survey's key cannot change (it is '{command.Key}'); create a new survey instead")]);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await SurveyStore.FindAsync(db, command.WorkspaceId, command.Key, cancellationToken) is not { } survey)
        {
            return CommandResult<SurveyView>.NotFound();
        }

        var (touchpoint, touchpointError) = await SurveyStore.TouchpointAsync(db, command.WorkspaceId, input.Touchpoint, cancellationToken);
        if (touchpointError is not null)
        {
            return CommandResult<SurveyView>.Invalid([touchpointError]);
        }

        var definition = SurveyStore.Serialize(input.Definition);
        // Compared as re-serialized objects: PostgreSQL's jsonb stores keys in its own order.
        var changed = definition != SurveyStore.Serialize(survey.ReadDefinition());
        if (changed && await SurveyStore.HasAnswersAsync(db, survey, cancellationToken)
            && SurveyChanges.NotAllowedOnceAnswered(survey.ReadDefinition(), input.Definition) is { Count: > 0 } notAllowed)
        {
            return CommandResult<SurveyView>.Invalid(notAllowed);
        }

        if (changed)
        {
            survey.Version++;
        }

        survey.Name = input.Name;
        survey.TouchpointId = touchpoint;
        survey.DefaultLanguage = input.DefaultLanguage;
        survey.Definition = definition;
        survey.Distribution = SurveyStore.Serialize(input.Distribution);
        survey.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        cache.Forget(survey);
        return CommandResult<SurveyView>.Ok(await SurveyStore.ViewAsync(db, survey, cancellationToken));
    }
}
