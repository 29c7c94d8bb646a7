using Ekko.Core.Features.Cases;

namespace Ekko.Server.Hosting;

/// <summary>
/// Every <c>Cases:SlaPollSeconds</c> (default 60) raises due SLA warnings and breaches. Several instances may
/// run it at once: each warning or breach is claimed in the database before it is announced.
/// </summary>
internal sealed class CaseSlaWatching(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<CaseSlaWatching> logger, TimeProvider clock) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var period = TimeSpan.FromSeconds(Math.Clamp(configuration.GetValue("Cases:SlaPollSeconds", 60.0), 0.1, 3600));
        using var timer = new PeriodicTimer(period, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var result = await scope.ServiceProvider.GetRequiredService<WatchCaseSlas>().HandleAsync(new WatchCaseSlasCommand(), stoppingToken);
                if (result.Breaches > 0 || result.Warnings > 0)
                {
                    logger.LogInformation("Case SLAs: {Warnings} warnings, {Breaches} breaches raised", result.Warnings, result.Breaches);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Watching case SLAs failed; trying again next round");
            }
        }
    }
}
