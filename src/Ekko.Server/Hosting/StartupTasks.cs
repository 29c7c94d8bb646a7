using Ekko.Core.Data;
using Ekko.Core.Features.Workspaces;
using Microsoft.EntityFrameworkCore;

namespace Ekko.Server.Hosting;

/// <summary>
/// Runs before the server accepts requests: applies migrations, then makes sure a fresh installation has an
/// admin who can log in. A generated one-time password goes to the console only, never to a log.
/// </summary>
internal sealed class StartupTasks(IServiceProvider services, IConfiguration configuration) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await PrepareDatabaseAsync(services, configuration, cancellationToken);
        if (configuration.GetValue<bool>("Ekko:Demo"))
        {
            await DemoSeeding.SeedAsync(services, configuration, Console.Out, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Migrations, then the first-run admin: what both <c>serve</c> and <c>migrate</c> do before anything else.</summary>
    public static async Task PrepareDatabaseAsync(IServiceProvider services, IConfiguration configuration, CancellationToken cancellationToken)
    {
        await MigrateAsync(services, cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var admin = await scope.ServiceProvider.GetRequiredService<EnsureFirstRunAdmin>().HandleAsync(
            new EnsureFirstRunAdminCommand(DemoSeeding.AdminEmail(configuration), AdminPassword(configuration)), cancellationToken);
        if (admin.GeneratedPassword is not null)
        {
            Console.WriteLine($"First run: created admin {admin.Email} with one-time password {admin.GeneratedPassword} (change it at first login).");
        }
    }

    /// <summary>The configured first-admin password; a demo installation without one gets the documented demo password.</summary>
    private static string? AdminPassword(IConfiguration configuration) =>
        configuration["Ekko:Admin:Password"] is { Length: > 0 } password ? password
        : configuration.GetValue<bool>("Ekko:Demo") ? DemoSeeding.DemoPassword
        : null;

    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var factory = services.GetRequiredService<IDbContextFactory<EkkoDbContext>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }
}
