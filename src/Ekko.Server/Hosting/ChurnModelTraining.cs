using Ekko.Core.Features.Insights.Churn;

namespace Ekko.Server.Hosting;

/// <summary>
/// Every <c>Churn:PollSeconds</c> (default 60) trains the churn models that are due: asked for with
/// <c>POST /api/v1/churn-risk/train</c>, or a day old (nightly). Several instances may run it: each workspace is
/// leased in the database before it is trained.
/// </summary>
internal sealed class ChurnModelTraining(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<ChurnModelTraining> logger, TimeProvider clock) : BackgroundService
{
    private readonly string owner = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var period = TimeSpan.FromSeconds(Math.Clamp(configuration.GetValue("Churn:PollSeconds", 60.0), 0.1, 3600));
        using var timer = new PeriodicTimer(period, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var result = await scope.ServiceProvider.GetRequiredService<TrainChurnModels>().HandleAsync(new TrainChurnModelsCommand(owner), stoppingToken);
                if (result.Trained > 0 || result.WithoutModel > 0)
                {
                    logger.LogInformation("Churn models: {Trained} trained, {WithoutModel} with too little history", result.Trained, result.WithoutModel);
                }

                foreach (var (workspaceId, error) in result.Failures)
                {
                    logger.LogWarning(error, "Training the churn model of workspace {WorkspaceId} failed; trying again next round", workspaceId);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Training churn models failed; trying again next round");
            }
        }
    }
}
