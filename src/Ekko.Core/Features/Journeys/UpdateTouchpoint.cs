using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Journeys;

public sealed record UpdateTouchpointCommand(Guid WorkspaceId, string Key, JsonNode? Body);

/// <summary>Replaces a touchpoint's name, stage, category, channel and description. Its key is its identity for integrations and cannot change.</summary>
public sealed class UpdateTouchpoint(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async Task<CommandResult<TouchpointView>> HandleAsync(UpdateTouchpointCommand command, CancellationToken cancellationToken)
    {
        var parsed = TouchpointInput.Parse(RecordReader.WithDefault(command.Body, "key", command.Key));
        if (parsed.Value is not { } input)
        {
            return CommandResult<TouchpointView>.Invalid(parsed.Errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var touchpoint = await db.Touchpoints.SingleOrDefaultAsync(t => t.WorkspaceId == command.WorkspaceId && t.Key == command.Key, cancellationToken);
        if (touchpoint is null)
        {
            return CommandResult<TouchpointView>.NotFound();
        }

        if (input.Key != command.Key)
        {
            return CommandResult<TouchpointView>.Invalid([new FieldError("key", $"cannot change a touchpoint's key (from '{command.Key}' to '{input.Key}'); create a new touchpoint instead")]);
        }

        touchpoint.Name = input.Name;
        touchpoint.Stage = input.Stage;
        touchpoint.Category = input.Category;
        touchpoint.Channel = input.Channel;
        touchpoint.Description = input.Description;
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<TouchpointView>.Ok(TouchpointView.From(touchpoint));
    }
}
