using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Integrations;

public sealed record CreateWebhookCommand(Guid WorkspaceId, JsonNode? Body);

/// <summary>Subscribes a URL to events; the answer carries the signing secret, the only time it is shown.</summary>
public sealed class CreateWebhook(IDbContextFactory<EkkoDbContext> dbFactory, TimeProvider clock)
{
    public const int MaxPerWorkspace = 50;

    public async Task<CommandResult<WebhookView>> HandleAsync(CreateWebhookCommand command, CancellationToken cancellationToken)
    {
        var reader = RecordReader.For(command.Body, out var notAnObject);
        if (reader is null)
        {
            return CommandResult<WebhookView>.Invalid([notAnObject!]);
        }

        var input = WebhookInput.Read(reader, command.Body, partial: false);
        if (reader.Errors.Count > 0)
        {
            return CommandResult<WebhookView>.Invalid(reader.Errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.WebhookSubscriptions.CountAsync(s => s.WorkspaceId == command.WorkspaceId, cancellationToken) >= MaxPerWorkspace)
        {
            return CommandResult<WebhookView>.Conflict("url", $"a workspace has at most {MaxPerWorkspace} webhooks");
        }

        var subscription = new WebhookSubscription
        {
            WorkspaceId = command.WorkspaceId,
            Url = input.Url!,
            Events = string.Join(',', input.Events!),
            Format = input.Format ?? WebhookFormat.Json,
            Active = input.Active ?? true,
            Secret = "whsec_" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32)),
            CreatedAt = clock.GetUtcNow(),
        };
        db.WebhookSubscriptions.Add(subscription);
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<WebhookView>.Ok(WebhookView.Of(subscription, withSecret: true));
    }
}
