using Ekko.Core.Features.Distribution;

namespace Ekko.Server.Hosting;

/// <summary>
/// Every minute, records survey sessions idle for <c>Surveys:PartialAfter</c> (default 24 hours) as partial
/// responses. A failure is logged and retried on the next round; nothing is lost because sessions stay until
/// recorded.
/// </summary>
internal sealed class SurveySessionSweep(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<SurveySessionSweep> logger, TimeProvider clock) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var idleFor = configuration.GetValue("Surveys:PartialAfter", TimeSpan.FromHours(24));
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var recorded = await scope.ServiceProvider.GetRequiredService<RecordIdleSessions>().HandleAsync(new RecordIdleSessionsCommand(idleFor), stoppingToken);
                if (recorded > 0)
                {
                    logger.LogInformation("Recorded {Count} idle survey sessions as partial responses", recorded);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Recording idle survey sessions failed; trying again in a minute");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
