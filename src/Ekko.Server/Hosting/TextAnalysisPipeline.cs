using Ekko.Core.Features.TextInsights;

namespace Ekko.Server.Hosting;

/// <summary>
/// Analyses response comments in the background (<see cref="AnalyzeComments"/>): every <c>TextInsights:PollSeconds</c>
/// (default 1) it looks for comments stored since the last round and for re-analysis asked for by a taxonomy
/// change, and keeps going without pause while there is more. Every instance runs it; leases in the database make
/// sure no two instances work on the same workspace at once. <c>TextInsights:Enabled=false</c> turns it off on an
/// instance (a web-only node, say).
/// </summary>
internal sealed class TextAnalysisPipeline(
    IServiceScopeFactory scopes, TextAnalyzers analyzers, IConfiguration configuration, ILogger<TextAnalysisPipeline> logger, TimeProvider clock) : BackgroundService
{
    private readonly string owner = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("TextInsights:Enabled", true))
        {
            logger.LogInformation("Comment analysis is turned off on this instance (TextInsights:Enabled=false)");
            return;
        }

        // Off the start-up path: building the analyzer loads lexicons and language tables (about 0.3 s).
        await Task.Run(() => analyzers.Default, stoppingToken);
        var period = TimeSpan.FromSeconds(Math.Clamp(configuration.GetValue("TextInsights:PollSeconds", 1.0), 0.05, 600));
        var batch = Math.Clamp(configuration.GetValue("TextInsights:BatchSize", 500), 1, 10_000);
        while (!stoppingToken.IsCancellationRequested)
        {
            var more = false;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var result = await scope.ServiceProvider.GetRequiredService<AnalyzeComments>()
                    .HandleAsync(new AnalyzeCommentsCommand(owner, MaxComments: batch * 4, BatchSize: batch), stoppingToken);
                more = result.MoreWaiting;
                foreach (var (workspaceId, error) in result.Failures)
                {
                    logger.LogWarning(error, "Analysing the comments of workspace {WorkspaceId} failed; trying again next round", workspaceId);
                }

                if (result.Analyzed + result.Reanalyzed > 0)
                {
                    logger.LogDebug("Analysed {Analyzed} new comments and re-analysed {Reanalyzed}", result.Analyzed, result.Reanalyzed);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Analysing comments failed; trying again in {Period}", period);
            }

            if (!more)
            {
                await Task.Delay(period, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }
}
