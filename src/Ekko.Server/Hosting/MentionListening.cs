using Ekko.Core.Features.Mentions;

namespace Ekko.Server.Hosting;

/// <summary>
/// Polls the feeds workspaces listen to (<see cref="PollMentionSources"/>): every <c>Listening:PollSeconds</c> (default 30)
/// it reads the sources that are due, up to 20 a round, and goes on at once while a round was full. Every instance runs
/// it; a lease per source keeps two from polling the same feed. <c>Listening:Enabled=false</c> turns it off on an instance.
/// A feed's failure is recorded on its source; nothing a feed sends stops this loop.
/// </summary>
internal sealed class MentionListening(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<MentionListening> logger, TimeProvider clock) : BackgroundService
{
    private const int SourcesPerRound = 20;
    private readonly string owner = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Listening:Enabled", true))
        {
            logger.LogInformation("Feed listening is turned off on this instance (Listening:Enabled=false)");
            return;
        }

        var period = TimeSpan.FromSeconds(Math.Clamp(configuration.GetValue("Listening:PollSeconds", 30.0), 0.1, 3600));
        while (!stoppingToken.IsCancellationRequested)
        {
            var full = false;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var result = await scope.ServiceProvider.GetRequiredService<PollMentionSources>()
                    .HandleAsync(new PollMentionSourcesCommand(owner, SourcesPerRound), stoppingToken);
                full = result.Polled >= SourcesPerRound;
                if (result.Failed > 0)
                {
                    logger.LogInformation("Feeds: {Polled} polled, {Failed} failed (see GET /api/v1/mention-sources), {Stored} new mentions", result.Polled, result.Failed, result.MentionsStored);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Polling feeds failed; trying again in {Period}", period);
            }

            if (!full)
            {
                await Task.Delay(period, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }
}
