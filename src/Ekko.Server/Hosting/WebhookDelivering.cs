using Ekko.Core.Features.Integrations;

namespace Ekko.Server.Hosting;

/// <summary>
/// Delivers pending webhooks every <c>Webhooks:PollSeconds</c> (default 2), up to 200 a round. A subscription
/// that this round turned off is announced in the log by id only: its URL and secret are never logged.
/// </summary>
internal sealed class WebhookDelivering(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<WebhookDelivering> logger, TimeProvider clock) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var period = TimeSpan.FromSeconds(Math.Clamp(configuration.GetValue("Webhooks:PollSeconds", 2.0), 0.1, 600));
        using var timer = new PeriodicTimer(period, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var result = await scope.ServiceProvider.GetRequiredService<DeliverWebhooks>().HandleAsync(new DeliverWebhooksCommand(200), stoppingToken);
                if (result.Retrying > 0 || result.Failed > 0)
                {
                    logger.LogInformation("Webhooks: {Delivered} delivered, {Retrying} to retry, {Failed} given up", result.Delivered, result.Retrying, result.Failed);
                }

                foreach (var id in result.Disabled)
                {
                    logger.LogWarning("Webhook subscription {Subscription} was turned off after repeated failures; turn it on again with PATCH /api/v1/webhooks/{Subscription}", id, id);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Delivering webhooks failed; trying again next round");
            }
        }
    }
}
