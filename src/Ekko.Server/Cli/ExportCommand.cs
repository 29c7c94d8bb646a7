using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Ekko.Core.Features.Customers;
using Ekko.Core.Features.Interactions;
using Ekko.Core.Features.Responses;
using Ekko.Core.Formats;

namespace Ekko.Server.Cli;

/// <summary><c>ekko export customers|interactions|responses</c> in the same formats the import reads.</summary>
internal static class ExportCommand
{
    public static Command Create(Option<string?> workspaceOption)
    {
        var export = new Command("export", "Export customers, interactions or responses as JSONL or CSV (docs/formats.md)");
        export.Subcommands.Add(Verb("customers", workspaceOption, CustomerFormat.CsvColumns, (sp, ws, _, _, ct) =>
            sp.GetRequiredService<ExportCustomers>().HandleAsync(new ExportCustomersQuery(ws), ct)));
        export.Subcommands.Add(Verb("interactions", workspaceOption, InteractionFormat.CsvColumns, (sp, ws, from, to, ct) =>
            sp.GetRequiredService<ExportInteractions>().HandleAsync(new ExportInteractionsQuery(ws, from, to), ct)));
        export.Subcommands.Add(Verb("responses", workspaceOption, ResponseFormat.CsvColumns, (sp, ws, from, to, ct) =>
            sp.GetRequiredService<ExportResponses>().HandleAsync(new ExportResponsesQuery(ws, from, to), ct)));
        return export;
    }

    private static Command Verb(
        string name, Option<string?> workspaceOption, IReadOnlyList<string> csvColumns,
        Func<IServiceProvider, Guid, DateTimeOffset?, DateTimeOffset?, CancellationToken, IAsyncEnumerable<JsonObject>> records)
    {
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write to this file instead of standard output; .csv selects CSV" };
        var format = new Option<string?>("--format") { Description = "jsonl or csv (default: from the output file's extension, else jsonl)" };
        format.AcceptOnlyFromAmong("jsonl", "csv");
        var from = new Option<DateOnly?>("--from") { Description = "First day to include, YYYY-MM-DD (UTC)" };
        var to = new Option<DateOnly?>("--to") { Description = "Last day to include, YYYY-MM-DD (UTC, inclusive)" };
        var command = new Command(name, $"Export {name}") { output, format, from, to };
        command.SetAction(async (parse, ct) =>
        {
            using var host = CliHost.Build(parse.UnmatchedTokens.ToArray());
            var workspace = await CliHost.WorkspaceAsync(host, parse.GetValue(workspaceOption), ct);
            if (workspace is null)
            {
                return 1;
            }

            var file = parse.GetValue(output);
            var csv = (parse.GetValue(format) ?? (file is not null && RecordFileReader.IsCsv(file.Name) ? "csv" : "jsonl")) == "csv";
            var start = parse.GetValue(from) is { } f ? new DateTimeOffset(f.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : (DateTimeOffset?)null;
            var end = parse.GetValue(to) is { } t ? new DateTimeOffset(t.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : (DateTimeOffset?)null;

            await using var stream = file is null ? Console.OpenStandardOutput() : file.Create();
            await using var text = new StreamWriter(stream, new UTF8Encoding(false));
            var count = 0;
            await using (var writer = new RecordFileWriter(text, csv, csvColumns))
            {
                await using var scope = host.Services.CreateAsyncScope();
                await foreach (var record in records(scope.ServiceProvider, workspace.Id, start, end, ct))
                {
                    await writer.WriteAsync(record, ct);
                    count++;
                }
            }

            await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{count} {name} exported from {workspace.Slug}{(file is null ? "" : $" to {file.FullName}")}"));
            return 0;
        });
        return command;
    }
}
