using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Journeys;

public sealed record CreateTouchpointCommand(Guid WorkspaceId, JsonNode? Body);

public sealed class CreateTouchpoint(IDbContextFactory<EkkoDbContext> dbFactory, TimeProvider clock)
{
    public async Task<CommandResult<TouchpointView>> HandleAsync(CreateTouchpointCommand command, CancellationToken cancellationToken)
    {
        var parsed = TouchpointInput.Parse(command.Body);
        if (parsed.Value is not { } input)
        {
            return CommandResult<TouchpointView>.Invalid(parsed.Errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Touchpoints.AnyAsync(t => t.WorkspaceId == command.WorkspaceId && t.Key == input.Key, cancellationToken))
        {
            return CommandResult<TouchpointView>.Conflict("key", $"a touchpoint with key '{input.Key}' already exists");
        }

        var touchpoint = new Touchpoint
        {
            WorkspaceId = command.WorkspaceId,
            Key = input.Key,
            Name = input.Name,
            Stage = input.Stage,
            Category = input.Category,
            Channel = input.Channel,
            Description = input.Description,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Touchpoints.Add(touchpoint);
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<TouchpointView>.Ok(TouchpointView.From(touchpoint));
    }
}
