using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Journeys;

public sealed record CreateJourneyCommand(Guid WorkspaceId, JsonNode? Body);

public sealed class CreateJourney(IDbContextFactory<EkkoDbContext> dbFactory, TimeProvider clock)
{
    public async Task<CommandResult<JourneyView>> HandleAsync(CreateJourneyCommand command, CancellationToken cancellationToken)
    {
        var parsed = JourneyInput.Parse(command.Body);
        if (parsed.Value is not { } input)
        {
            return CommandResult<JourneyView>.Invalid(parsed.Errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Journeys.AnyAsync(j => j.WorkspaceId == command.WorkspaceId && j.Key == input.Key, cancellationToken))
        {
            return CommandResult<JourneyView>.Conflict("key", $"a journey with key '{input.Key}' already exists");
        }

        var journey = new Journey { WorkspaceId = command.WorkspaceId, Key = input.Key, Name = input.Name, Description = input.Description, CreatedAt = clock.GetUtcNow() };
        var errors = await JourneyMaps.SetStagesAsync(db, journey, input, cancellationToken);
        if (errors.Count > 0)
        {
            return CommandResult<JourneyView>.Invalid(errors);
        }

        db.Journeys.Add(journey);
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<JourneyView>.Ok((await JourneyMaps.LoadAsync(db, command.WorkspaceId, journey.Key, cancellationToken)).Single());
    }
}
