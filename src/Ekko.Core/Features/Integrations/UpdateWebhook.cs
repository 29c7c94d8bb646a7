using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Integrations;

public sealed record UpdateWebhookCommand(Guid WorkspaceId, Guid Id, JsonNode? Body);

/// <summary>Changes the fields given; <c>"active": true</c> turns a disabled subscription back on and resets its failure count.</summary>
public sealed class UpdateWebhook(IDbContextFactory<EkkoDbContext> dbFactory)
{
    public async Task<CommandResult<WebhookView>> HandleAsync(UpdateWebhookCommand command, CancellationToken cancellationToken)
    {
        var reader = RecordReader.For(command.Body, out var notAnObject);
        if (reader is null)
        {
            return CommandResult<WebhookView>.Invalid([notAnObject!]);
        }

        var input = WebhookInput.Read(reader, command.Body, partial: true);
        if (reader.Errors.Count > 0)
        {
            return CommandResult<WebhookView>.Invalid(reader.Errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var subscription = await db.WebhookSubscriptions.FirstOrDefaultAsync(s => s.WorkspaceId == command.WorkspaceId && s.Id == command.Id, cancellationToken);
        if (subscription is null)
        {
            return CommandResult<WebhookView>.NotFound();
        }

        subscription.Url = input.Url ?? subscription.Url;
        subscription.Events = input.Events is { } events ? string.Join(',', events) : subscription.Events;
        subscription.Format = input.Format ?? subscription.Format;
        if (input.Active is { } active)
        {
            if (active && !subscription.Active)
            {
                subscription.ConsecutiveFailures = 0;
                subscription.DisabledAt = null;
                subscription.DisabledReason = null;
            }

            subscription.Active = active;
        }

        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<WebhookView>.Ok(WebhookView.Of(subscription));
    }
}
