using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Journeys;

public sealed record UpdateJourneyCommand(Guid WorkspaceId, string Key, JsonNode? Body);

/// <summary>Replaces a journey's name, description and stages (the whole map, as the editor saves it).</summary>
public sealed class UpdateJourney(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async Task<CommandResult<JourneyView>> HandleAsync(UpdateJourneyCommand command, CancellationToken cancellationToken)
    {
        var parsed = JourneyInput.Parse(RecordReader.WithDefault(command.Body, "key", command.Key));
        if (parsed.Value is not { } input)
        {
            return CommandResult<JourneyView>.Invalid(parsed.Errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var journey = await db.Journeys
            .SingleOrDefaultAsync(j => j.WorkspaceId == command.WorkspaceId && j.Key == command.Key, cancellationToken);
        if (journey is null)
        {
            return CommandResult<JourneyView>.NotFound();
        }

        if (input.Key != command.Key)
        {
            return CommandResult<JourneyView>.Invalid([new FieldError("key", $"cannot change a journey's key (from '{command.Key}' to '{input.Key}')")]);
        }

        journey.Name = input.Name;
        journey.Description = input.Description;
        var errors = await JourneyMaps.SetStagesAsync(db, journey, input, cancellationToken);
        if (errors.Count > 0)
        {
            return CommandResult<JourneyView>.Invalid(errors);
        }

        // The map is replaced whole: old stages go in the same transaction as the new ones come.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.JourneyStages.Where(s => s.JourneyId == journey.Id).ExecuteDeleteAsync(cancellationToken);
        db.JourneyStages.AddRange(journey.Stages);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return CommandResult<JourneyView>.Ok((await JourneyMaps.LoadAsync(db, command.WorkspaceId, journey.Key, cancellationToken)).Single());
    }
}
