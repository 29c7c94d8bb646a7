using System.CommandLine;

namespace Ekko.Server.Cli;

/// <summary><c>ekko demo</c>: seeds the demo workspace into the configured database without serving.</summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var command = new Command("demo", "Seed the demo workspace (Nordvik Elektronik) into the database, then exit");
        command.SetAction(async (parse, ct) =>
        {
            using var host = CliHost.Build(parse.UnmatchedTokens.ToArray());
            var configuration = host.Services.GetRequiredService<IConfiguration>();
            await Hosting.StartupTasks.PrepareDatabaseAsync(host.Services, configuration, ct);
            await Hosting.DemoSeeding.SeedAsync(host.Services, configuration, Console.Error, ct);
            return 0;
        });
        return command;
    }
}
