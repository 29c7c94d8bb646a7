using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.TextInsights;

public sealed record SetTextSettingsCommand(Guid WorkspaceId, JsonNode? Body);

/// <summary>Sets the workspace's text settings: <c>{"redact_pii": true}</c>.</summary>
public sealed class SetTextSettings(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async Task<CommandResult<TextSettings>> HandleAsync(SetTextSettingsCommand command, CancellationToken cancellationToken)
    {
        var reader = RecordReader.For(command.Body, out var notAnObject);
        if (reader is null)
        {
            return CommandResult<TextSettings>.Invalid([notAnObject!]);
        }

        var redact = reader.OptionalBoolean("redact_pii");
        reader.RejectUnknownFields();
        var errors = reader.Errors.ToList();
        if (redact is null && errors.Count == 0)
        {
            errors.Add(new FieldError("redact_pii", "is required: true or false"));
        }

        if (errors.Count > 0)
        {
            return CommandResult<TextSettings>.Invalid(errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var updated = await db.Workspaces.Where(w => w.Id == command.WorkspaceId)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.RedactPii, redact!.Value), cancellationToken);
        return updated == 0 ? CommandResult<TextSettings>.NotFound() : CommandResult<TextSettings>.Ok(new TextSettings(redact!.Value));
    }
}
