using Ekko.Core;
using Ekko.Core.Features.Workspaces;
using Ekko.Server.Hosting;

namespace Ekko.Server.Cli;

/// <summary>The services a command-line verb needs (database and use cases), configured like the server.</summary>
internal static class CliHost
{
    public static IHost Build(string[] configurationArgs)
    {
        var builder = Host.CreateApplicationBuilder(configurationArgs);
        builder.Configuration.AddShippedDefaults(builder.Environment.ContentRootPath);
        builder.Logging.ClearProviders();
        builder.Services.AddEkkoCore();
        builder.Services.AddEkkoDatabase(builder.Configuration);
        builder.Services.AddEkkoIdentity();
        return builder.Build();
    }

    /// <summary>Migrates, then finds the workspace the verb works on; prints why not when it cannot.</summary>
    public static async Task<Workspace?> WorkspaceAsync(IHost host, string? slug, CancellationToken cancellationToken)
    {
        await StartupTasks.MigrateAsync(host.Services, cancellationToken);
        await using var scope = host.Services.CreateAsyncScope();
        var found = await scope.ServiceProvider.GetRequiredService<FindWorkspace>().HandleAsync(new FindWorkspaceQuery(slug), cancellationToken);
        if (found.Workspace is null)
        {
            await Console.Error.WriteLineAsync($"ekko: {found.Error}");
        }

        return found.Workspace;
    }
}
