using Ekko.Core.Features.Demo;
using Ekko.Core.Features.Workspaces;

namespace Ekko.Server.Hosting;

/// <summary>
/// <c>--demo</c>: seeds the Nordvik Elektronik workspace through the same use cases real data takes, makes the
/// admin its owner and hands out a fresh admin API key so the API can be tried at once.
/// </summary>
internal static class DemoSeeding
{
    /// <summary>The admin password a demo installation gets when none is configured. Demo data only: never use in production.</summary>
    public const string DemoPassword = "ekko-demo-2026";

    public static async Task SeedAsync(IServiceProvider services, IConfiguration configuration, TextWriter output, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var lastStage = "";
        var progress = new Progress<(string Stage, int Done, int Total)>(p =>
        {
            if (p.Stage != lastStage || p.Done == p.Total)
            {
                lastStage = p.Stage;
                output.WriteLine($"  demo data: {p.Stage} {p.Done:N0}/{p.Total:N0}");
            }
        });
        var started = TimeProvider.System.GetTimestamp();
        var result = await provider.GetRequiredService<SeedDemoData>().HandleAsync(new SeedDemoCommand(Progress: progress), cancellationToken);
        await output.WriteLineAsync(result.Created
            ? $"Demo workspace '{result.Slug}' seeded in {TimeProvider.System.GetElapsedTime(started).TotalSeconds:0} s: {result.Customers:N0} customers, {result.Interactions:N0} interactions, {result.Responses:N0} responses."
            : $"Demo workspace '{result.Slug}' is already there.");

        var workspace = (await provider.GetRequiredService<FindWorkspace>().HandleAsync(new FindWorkspaceQuery(SeedDemoData.Slug), cancellationToken)).Workspace!;
        var adminEmail = AdminEmail(configuration);
        await provider.GetRequiredService<AddMember>().HandleAsync(new AddMemberCommand(workspace.Id, adminEmail, WorkspaceRole.Owner), cancellationToken);
        var key = await provider.GetRequiredService<CreateApiKey>().HandleAsync(
            new CreateApiKeyCommand(workspace.Id, "demo (printed at start)", ApiKeyScope.Admin), cancellationToken);
        await output.WriteLineAsync($"Demo API key (admin scope, workspace {workspace.Slug}): {key.Key}");
    }

    public static string AdminEmail(IConfiguration configuration) => configuration["Ekko:Admin:Email"] is { Length: > 0 } email ? email : "admin@ekko.local";
}
