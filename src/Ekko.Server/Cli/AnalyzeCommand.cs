using System.CommandLine;
using System.Globalization;
using Ekko.Analytics;
using Ekko.Analytics.Columnar;
using Ekko.Core.Features.Insights;
using Ekko.Core.Features.Metrics;
using Ekko.Core.Formats;

namespace Ekko.Server.Cli;

/// <summary><c>ekko analyze metrics</c>: analytics on files, no database or server needed (docs/formats.md).</summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var analyze = new Command("analyze", "Analyze a responses file (JSONL or CSV) without a database");
        analyze.Subcommands.Add(Metrics());
        analyze.Subcommands.Add(RootCause());
        analyze.Subcommands.Add(Priorities());
        analyze.Subcommands.Add(Drivers());
        return analyze;
    }

    private static Command Drivers()
    {
        var input = new Option<FileInfo>("--input", "-i") { Description = "Responses file, .jsonl or .csv (docs/formats.md)", Required = true };
        var metric = new Option<string>("--metric") { Description = "nps, csat or ces: the score the drivers explain", DefaultValueFactory = _ => "nps" };
        metric.AcceptOnlyFromAmong("nps", "csat", "ces");
        var survey = new Option<string?>("--survey") { Description = "Only this survey's responses (drivers are its other questions)" };
        var command = new Command("drivers", "Relative importance of the other answers (ratings, reasons) for the score: relative weights, Shapley shares, quadrant")
        {
            input, metric, survey,
        };
        command.SetAction(async (parse, ct) =>
        {
            var file = parse.GetValue(input)!;
            if (!file.Exists)
            {
                await Console.Error.WriteLineAsync($"ekko: {file.FullName} does not exist");
                return 1;
            }

            var (result, rejected) = await AnalyzeDriversFile.HandleAsync(
                new AnalyzeDriversFileQuery(file.FullName, Enum.Parse<Metric>(parse.GetValue(metric)!, ignoreCase: true), parse.GetValue(survey)), ct);
            await ReportSkippedAsync(file, rejected);
            Console.WriteLine(RootCauseJson.ToText(result));
            return rejected.Count > 0 ? 3 : 0;
        });
        return command;
    }

    private static Command Priorities()
    {
        var input = new Option<FileInfo>("--input", "-i") { Description = "Responses file, .jsonl or .csv (docs/formats.md)", Required = true };
        var metric = new Option<string>("--metric") { Description = "nps, csat or ces", DefaultValueFactory = _ => "nps" };
        metric.AcceptOnlyFromAmong("nps", "csat", "ces");
        var by = new Option<string>("--by") { Description = "The dimension whose values are ranked", DefaultValueFactory = _ => "touchpoint" };
        var from = new Option<DateOnly?>("--from") { Description = "First day, YYYY-MM-DD (UTC); default: the first answer's day" };
        var to = new Option<DateOnly?>("--to") { Description = "Last day, YYYY-MM-DD (UTC, inclusive); default: the last answer's day" };
        var command = new Command("priorities", "A dimension's values ranked by measured impact on the metric (share x score gap, with intervals), next to their complaint counts")
        {
            input, metric, by, from, to,
        };
        command.SetAction(async (parse, ct) =>
        {
            var file = parse.GetValue(input)!;
            if (!file.Exists)
            {
                await Console.Error.WriteLineAsync($"ekko: {file.FullName} does not exist");
                return 1;
            }

            var (result, rejected) = await AnalyzePrioritiesFile.HandleAsync(new AnalyzePrioritiesFileQuery(
                file.FullName, Enum.Parse<Metric>(parse.GetValue(metric)!, ignoreCase: true), parse.GetValue(by)!, parse.GetValue(from), parse.GetValue(to)), ct);
            await ReportSkippedAsync(file, rejected);
            Console.WriteLine(RootCauseJson.ToText(result));
            return rejected.Count > 0 ? 3 : 0;
        });
        return command;
    }

    private static Command RootCause()
    {
        var input = new Option<FileInfo>("--input", "-i") { Description = "Responses file, .jsonl or .csv (docs/formats.md)", Required = true };
        var metric = new Option<string>("--metric") { Description = "nps, csat, ces or volume", Required = true };
        var baseline = new Option<string>("--baseline") { Description = "The period before: YYYY-MM-DD..YYYY-MM-DD", Required = true };
        var current = new Option<string>("--current") { Description = "The period after: YYYY-MM-DD..YYYY-MM-DD", Required = true };
        var dimensions = new Option<string?>("--dimensions") { Description = "Comma-separated dimensions to search (default: all in the file)" };
        var command = new Command("root-cause", "Which answers explain a change of the metric between two periods, as JSON on standard output")
        {
            input, metric, baseline, current, dimensions,
        };
        command.SetAction(async (parse, ct) =>
        {
            var file = parse.GetValue(input)!;
            if (!file.Exists)
            {
                await Console.Error.WriteLineAsync($"ekko: {file.FullName} does not exist");
                return 1;
            }

            var errors = new List<FieldError>();
            var measure = RootCauseJson.ParseMeasure(parse.GetValue(metric)!, errors, "metric");
            var before = RootCauseJson.ParsePeriod(parse.GetValue(baseline)!, errors, "baseline");
            var after = RootCauseJson.ParsePeriod(parse.GetValue(current)!, errors, "current");
            if (errors.Count > 0)
            {
                foreach (var error in errors)
                {
                    await Console.Error.WriteLineAsync($"ekko: --{error.Field}: {error.Message}");
                }

                return 2;
            }

            var names = parse.GetValue(dimensions)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var (result, rejected) = await AnalyzeRootCauseFile.HandleAsync(
                new AnalyzeRootCauseFileQuery(file.FullName, measure!.Value, before!.Value, after!.Value, names), ct);
            await ReportSkippedAsync(file, rejected);
            Console.WriteLine(RootCauseJson.ToText(result));
            return rejected.Count > 0 ? 3 : 0;
        });
        return command;
    }

    private static async Task ReportSkippedAsync(FileInfo file, IReadOnlyList<RejectedLine> rejected)
    {
        foreach (var line in rejected)
        {
            await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{file.Name}:{line.Line}: skipped: {string.Join("; ", line.Errors.Select(e => e.Field.Length == 0 ? e.Message : $"{e.Field}: {e.Message}"))}"));
        }
    }

    private static Command Metrics()
    {
        var input = new Option<FileInfo>("--input", "-i") { Description = "Responses file, .jsonl or .csv (docs/formats.md)", Required = true };
        var metric = new Option<string>("--metric") { Description = "nps, csat or ces", Required = true };
        metric.AcceptOnlyFromAmong("nps", "csat", "ces");
        var by = new Option<string?>("--by") { Description = "Comma-separated: touchpoint, channel, language, survey, any attribute, and at most one of day, week, month" };
        var from = new Option<DateOnly?>("--from") { Description = "First day, YYYY-MM-DD (UTC); default: the first answer's day" };
        var to = new Option<DateOnly?>("--to") { Description = "Last day, YYYY-MM-DD (UTC, inclusive); default: the last answer's day" };
        var minimumN = new Option<int>("--minimum-n") { Description = "Groups with fewer answers are flagged low_n", DefaultValueFactory = _ => MetricReport.DefaultMinimumN };
        var command = new Command("metrics", "NPS, CSAT or CES per group, with n, 95% interval and low_n, as JSON on standard output")
        {
            input, metric, by, from, to, minimumN,
        };
        command.SetAction(async (parse, ct) =>
        {
            var file = parse.GetValue(input)!;
            if (!file.Exists)
            {
                await Console.Error.WriteLineAsync($"ekko: {file.FullName} does not exist");
                return 1;
            }

            var query = new AnalyzeResponseFileQuery(
                file.FullName,
                Enum.Parse<Metric>(parse.GetValue(metric)!, ignoreCase: true),
                (parse.GetValue(by) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                parse.GetValue(from),
                parse.GetValue(to),
                parse.GetValue(minimumN));
            var result = await AnalyzeResponseFile.HandleAsync(query, ct);
            if (result.Status != CommandStatus.Ok)
            {
                foreach (var error in result.Errors)
                {
                    await Console.Error.WriteLineAsync($"ekko: --{error.Field}: {error.Message}");
                }

                return 2;
            }

            await ReportSkippedAsync(file, result.Value!.Rejected);

            Console.WriteLine(result.Value.Result.ToJsonString(EkkoJson.Options));
            // Like import: the answer is complete for the lines read, and exit code 3 says some lines were not.
            return result.Value.Rejected.Count > 0 ? 3 : 0;
        });
        return command;
    }
}
