using System.CommandLine;
using System.Text.Json;
using Ekko.Core.Features.Customers;
using Ekko.Core.Features.Interactions;
using Ekko.Core.Features.Mentions;
using Ekko.Core.Features.Responses;
using Ekko.Core.Formats;
using Spectre.Console;

namespace Ekko.Server.Cli;

/// <summary><c>ekko import customers|interactions|responses|mentions FILE</c>: good lines go in, bad lines go to FILE.rejects.jsonl.</summary>
internal static class ImportCommand
{
    public const int ExitSomeRejected = 3;

    public static Command Create(Option<string?> workspaceOption)
    {
        var import = new Command("import", "Import customers, interactions, responses or mentions from a JSONL or CSV file (docs/formats.md)");
        import.Subcommands.Add(Verb("customers", workspaceOption, (sp, ws, records, ct) => sp.GetRequiredService<UpsertCustomers>().StoreAsync(ws, records, ct), CustomerFormat.Kind));
        import.Subcommands.Add(Verb("interactions", workspaceOption, (sp, ws, records, ct) => sp.GetRequiredService<IngestInteractions>().StoreAsync(ws, records, ct), InteractionFormat.Kind));
        import.Subcommands.Add(Verb("responses", workspaceOption, (sp, ws, records, ct) => sp.GetRequiredService<IngestResponses>().StoreAsync(ws, records, ct), ResponseFormat.Kind));
        import.Subcommands.Add(Verb("mentions", workspaceOption, (sp, ws, records, ct) => sp.GetRequiredService<IngestMentions>().StoreAsync(ws, records, ct), MentionFormat.Kind));
        return import;
    }

    private static Command Verb<T>(
        string name, Option<string?> workspaceOption,
        Func<IServiceProvider, Guid, IReadOnlyList<T>, CancellationToken, Task<BatchResult>> store, RecordKind<T> kind)
        where T : class
    {
        var file = new Argument<FileInfo>("file") { Description = $"The {name} file: .jsonl or .csv" };
        var command = new Command(name, $"Import {name}") { file };
        command.SetAction(async (parse, ct) =>
        {
            var input = parse.GetValue(file)!;
            if (!input.Exists)
            {
                await Console.Error.WriteLineAsync($"ekko: no such file: {input.FullName}");
                return 1;
            }

            using var host = CliHost.Build(parse.UnmatchedTokens.ToArray());
            var workspace = await CliHost.WorkspaceAsync(host, parse.GetValue(workspaceOption), ct);
            if (workspace is null)
            {
                return 1;
            }

            var totalLines = File.ReadLines(input.FullName).Count() - (RecordFileReader.IsCsv(input.FullName) ? 1 : 0);
            await using var scope = host.Services.CreateAsyncScope();
            var import = scope.ServiceProvider.GetRequiredService<RecordImport>();
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            ImportSummary summary = null!;
            var started = TimeProvider.System.GetTimestamp();
            await console.Progress().AutoClear(false).StartAsync(async progress =>
            {
                var task = progress.AddTask($"Importing {name} into {workspace.Slug}", maxValue: Math.Max(1, totalLines));
                summary = await import.RunAsync(
                    input.FullName, workspace.Id, kind,
                    (records, token) => store(scope.ServiceProvider, workspace.Id, records, token),
                    new Progress<int>(line => task.Value = Math.Min(line, task.MaxValue)), ct);
                task.Value = task.MaxValue;
            });
            var elapsed = TimeProvider.System.GetElapsedTime(started);

            var rejectsPath = input.FullName + ".rejects.jsonl";
            if (summary.Rejected.Count > 0)
            {
                await File.WriteAllLinesAsync(rejectsPath, summary.Rejected.Select(r => JsonSerializer.Serialize(r, EkkoJson.Options)), ct);
            }
            else
            {
                File.Delete(rejectsPath);
            }

            await Console.Error.WriteLineAsync(
                $"{summary.Lines} lines read in {elapsed.TotalSeconds:0.0} s: {summary.Created} {name} created, {summary.Duplicates} already stored, {summary.Rejected.Count} rejected"
                + (summary.Rejected.Count > 0 ? $" (see {rejectsPath})" : ""));
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                kind = name,
                workspace = workspace.Slug,
                lines = summary.Lines,
                created = summary.Created,
                duplicates = summary.Duplicates,
                rejected = summary.Rejected.Count,
                rejects_file = summary.Rejected.Count > 0 ? rejectsPath : null,
                seconds = Math.Round(elapsed.TotalSeconds, 2),
            }, EkkoJson.Options));
            return summary.Rejected.Count > 0 ? ExitSomeRejected : 0;
        });
        return command;
    }
}
