using Ekko.Core.Features.Alerts;

namespace Ekko.Server.Hosting;

/// <summary>
/// Raises alerts (<see cref="RaiseAlerts"/>) every <c>Alerts:PollSeconds</c> (default 300): each workspace's day is
/// judged once, soon after it has closed. Every instance runs it; a lease per workspace and a unique key per series
/// and period make sure each alert is raised once. <c>Alerts:Enabled=false</c> turns it off on an instance.
/// </summary>
internal sealed class AlertWatching(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<AlertWatching> logger, TimeProvider clock) : BackgroundService
{
    private readonly string owner = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Alerts:Enabled", true))
        {
            return;
        }

        var period = TimeSpan.FromSeconds(Math.Clamp(configuration.GetValue("Alerts:PollSeconds", 300.0), 0.1, 3600));
        using var timer = new PeriodicTimer(period, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var result = await scope.ServiceProvider.GetRequiredService<RaiseAlerts>().HandleAsync(new RaiseAlertsCommand(owner), stoppingToken);
                if (result.Raised > 0 || result.Extended > 0)
                {
                    logger.LogInformation("Alerts: {Raised} raised, {Extended} extended over {Days} workspace days", result.Raised, result.Extended, result.Judged.Count);
                }

                foreach (var (workspaceId, error) in result.Failures)
                {
                    logger.LogWarning(error, "Raising the alerts of workspace {WorkspaceId} failed; trying again next round", workspaceId);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Raising alerts failed; trying again next round");
            }
        }
    }
}

/// <summary>Sends alert e-mails from their outbox every <c>Alerts:MailPollSeconds</c> (default 10); without SMTP settings they wait.</summary>
internal sealed class AlertMailSending(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<AlertMailSending> logger, TimeProvider clock) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var period = TimeSpan.FromSeconds(Math.Clamp(configuration.GetValue("Alerts:MailPollSeconds", 10.0), 0.1, 3600));
        using var timer = new PeriodicTimer(period, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var result = await scope.ServiceProvider.GetRequiredService<SendAlertMails>().HandleAsync(new SendAlertMailsCommand(), stoppingToken);
                if (result.Retrying > 0 || result.Failed > 0)
                {
                    logger.LogInformation("Alert e-mails: {Sent} sent, {Retrying} to retry, {Failed} given up", result.Sent, result.Retrying, result.Failed);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Sending alert e-mails failed; trying again next round");
            }
        }
    }
}
