using Ekko.Core.Features.Distribution;

namespace Ekko.Server.Hosting;

/// <summary>
/// Sends due invitations and reminders every <c>Email:PollSeconds</c> (default 10), at most
/// <see cref="EmailSettings.MaxPerMinute"/> per minute from this instance. Without an SMTP host configured it
/// does nothing and says so once: invitations wait, scheduled, until e-mail is set up.
/// </summary>
internal sealed class InvitationSending(IServiceScopeFactory scopes, EmailSettings settings, IConfiguration configuration, ILogger<InvitationSending> logger, TimeProvider clock) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.IsConfigured)
        {
            logger.LogInformation("E-mail is not configured (Email:Host); invitations stay scheduled until it is");
            return;
        }

        var period = TimeSpan.FromSeconds(Math.Clamp(configuration.GetValue("Email:PollSeconds", 10.0), 0.1, 600));
        var perRound = Math.Max(1, (int)Math.Ceiling(settings.MaxPerMinute * period.TotalMinutes));
        using var timer = new PeriodicTimer(period, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var result = await scope.ServiceProvider.GetRequiredService<SendDueInvitations>().HandleAsync(new SendDueInvitationsCommand(perRound), stoppingToken);
                if (result is not { Sent: 0, Reminded: 0, Skipped: 0, Postponed: 0, Retrying: 0, Failed: 0 })
                {
                    logger.LogInformation("Invitations: {Sent} sent, {Reminded} reminders, {Skipped} skipped, {Postponed} postponed, {Retrying} to retry, {Failed} failed",
                        result.Sent, result.Reminded, result.Skipped, result.Postponed, result.Retrying, result.Failed);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Sending invitations failed; trying again next round");
            }
        }
    }
}
