using System.CommandLine;
using Ekko.Core.Features.Workspaces;
using Ekko.Server.Hosting;

namespace Ekko.Server.Cli;

/// <summary>
/// The <c>ekko</c> command line. Without a verb it serves. Arguments it does not know (<c>--urls</c>,
/// <c>--Database:Provider=Postgres</c>, ...) are passed on as configuration, as ASP.NET Core does.
/// </summary>
public static class EkkoCommandLine
{
    public static RootCommand Create()
    {
        var demo = new Option<bool>("--demo") { Description = "Seed the demo workspace (Nordvik Elektronik) if it is missing, then serve" };
        var workspace = new Option<string?>("--workspace", "-w") { Description = "The workspace's slug (may be left out when there is only one)", Recursive = true };

        var root = new RootCommand("Ekko: customer experience management. Without a verb, runs the server.") { demo, workspace };
        root.TreatUnmatchedTokensAsErrors = false;
        root.SetAction((parse, ct) => ServeAsync(parse, demo, ct));

        var serve = new Command("serve", "Run the web server (the default)") { demo };
        serve.TreatUnmatchedTokensAsErrors = false;
        serve.SetAction((parse, ct) => ServeAsync(parse, demo, ct));
        root.Subcommands.Add(serve);

        var migrate = new Command("migrate", "Create or upgrade the database schema (and the first admin on a new installation), then exit");
        migrate.TreatUnmatchedTokensAsErrors = false;
        migrate.SetAction(async (parse, ct) =>
        {
            using var host = CliHost.Build(parse.UnmatchedTokens.ToArray());
            await StartupTasks.PrepareDatabaseAsync(host.Services, host.Services.GetRequiredService<IConfiguration>(), ct);
            await Console.Error.WriteLineAsync("ekko: database is up to date");
            return 0;
        });
        root.Subcommands.Add(migrate);

        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(ImportCommand.Create(workspace));
        root.Subcommands.Add(ExportCommand.Create(workspace));
        root.Subcommands.Add(ApiKeyCommand(workspace));
        root.Subcommands.Add(AnalyzeCommand.Create());
        root.Subcommands.Add(TextCommand.Create());
        foreach (var command in root.Subcommands.SelectMany(c => c.Subcommands.Prepend(c)))
        {
            command.TreatUnmatchedTokensAsErrors = false;
        }

        return root;
    }

    private static async Task<int> ServeAsync(ParseResult parse, Option<bool> demo, CancellationToken cancellationToken)
    {
        var args = parse.UnmatchedTokens.ToList();
        if (parse.GetValue(demo))
        {
            args.Add("--Ekko:Demo=true");
        }

        var app = ServerApp.Build([.. args]);
        await app.RunAsync(cancellationToken);
        return 0;
    }

    private static Command ApiKeyCommand(Option<string?> workspace)
    {
        var name = new Option<string>("--name") { Description = "What the key is for, e.g. 'web shop'", Required = true };
        var scope = new Option<ApiKeyScope>("--scope") { Description = "ingest, read or admin", Required = true };
        var create = new Command("create", "Create an API key and print it (it is shown this once)") { name, scope };
        create.SetAction(async (parse, ct) =>
        {
            using var host = CliHost.Build(parse.UnmatchedTokens.ToArray());
            var target = await CliHost.WorkspaceAsync(host, parse.GetValue(workspace), ct);
            if (target is null)
            {
                return 1;
            }

            await using var services = host.Services.CreateAsyncScope();
            var key = await services.ServiceProvider.GetRequiredService<CreateApiKey>()
                .HandleAsync(new CreateApiKeyCommand(target.Id, parse.GetValue(name)!, parse.GetValue(scope)), ct);
            await Console.Error.WriteLineAsync($"Created {key.Scope.ToString().ToLowerInvariant()} key '{key.Name}' for workspace {target.Slug}. It is shown only now:");
            Console.WriteLine(key.Key);
            return 0;
        });
        var command = new Command("api-key", "Manage API keys");
        command.Subcommands.Add(create);
        return command;
    }
}
