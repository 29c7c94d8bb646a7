using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Ekko.Text;
using Ekko.Text.Evaluation;
using Ekko.Text.Languages;

namespace Ekko.Server.Cli;

/// <summary><c>ekko text analyze</c> and <c>ekko text evaluate</c>: the text analytics library on files (docs/formats.md).</summary>
internal static class TextCommand
{
    private static readonly JsonSerializerOptions SnakeCase = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
    private static readonly JsonWriterOptions Compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var text = new Command("text", "Text analytics on files: language, sentiment, themes, keyphrases, redaction");
        text.Subcommands.Add(Analyze());
        text.Subcommands.Add(Evaluate());
        return text;
    }

    private static Option<string> LanguagesOption() =>
        new("--languages") { Description = "The languages to detect among, comma-separated", DefaultValueFactory = _ => string.Join(',', LanguageCodes.Supported) };

    private static Command Analyze()
    {
        var input = new Option<FileInfo>("--input", "-i") { Description = "Comments, JSON Lines: {\"id\", \"text\", \"language\"?}", Required = true };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write the results here instead of standard output" };
        var languages = LanguagesOption();
        var redact = new Option<bool>("--redact") { Description = "Replace e-mail addresses, phone, card and national id numbers in redacted_text" };
        var command = new Command("analyze", "One result line per comment: language, sentiment, themes, keyphrases, redacted_text") { input, output, languages, redact };
        command.SetAction(async (parse, ct) =>
        {
            var file = parse.GetValue(input)!;
            if (!file.Exists)
            {
                await Console.Error.WriteLineAsync($"ekko: {file.FullName} does not exist");
                return 1;
            }

            TextAnalyzer analyzer;
            try
            {
                analyzer = new TextAnalyzer(new TextAnalyzerOptions { Languages = LanguageCodes.ParseList(parse.GetValue(languages)!), Redact = parse.GetValue(redact) });
            }
            catch (ArgumentException e)
            {
                await Console.Error.WriteLineAsync($"ekko: --languages: {e.Message}");
                return 2;
            }

            var target = parse.GetValue(output);
            await using var stream = target is null ? Console.OpenStandardOutput() : target.Create();
            var skipped = 0;
            var written = 0;
            var lineNumber = 0;
            using var reader = file.OpenText();
            using var buffer = new MemoryStream();
            while (await reader.ReadLineAsync(ct) is { } line)
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                var (id, text, hint, error) = ReadComment(line);
                if (error is null)
                {
                    try
                    {
                        var result = analyzer.Analyze(text!, hint);
                        buffer.SetLength(0);
                        WriteResult(buffer, id!, result);
                        await stream.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), ct);
                        written++;
                        continue;
                    }
                    catch (ArgumentException e)
                    {
                        error = $"text: {e.Message}";
                    }
                }

                skipped++;
                await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{file.Name}:{lineNumber}: skipped: {error}"));
            }

            await stream.FlushAsync(ct);
            await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"ekko: analysed {written} comments, skipped {skipped}"));
            return skipped > 0 ? 3 : 0;
        });
        return command;
    }

    private static (string? Id, string? Text, string? Language, string? Error) ReadComment(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, null, null, "expected a JSON object");
            }

            if (!root.TryGetProperty("id", out var id) || id.ValueKind is not (JsonValueKind.String or JsonValueKind.Number) || id.ToString().Length == 0)
            {
                return (null, null, null, "id: expected a non-empty string");
            }

            if (!root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
            {
                return (null, null, null, "text: expected a string");
            }

            string? language = null;
            if (root.TryGetProperty("language", out var lang) && lang.ValueKind != JsonValueKind.Null)
            {
                if (lang.ValueKind != JsonValueKind.String)
                {
                    return (null, null, null, "language: expected a string such as \"sv\"");
                }

                language = lang.GetString();
            }

            return (id.ToString(), text.GetString(), language, null);
        }
        catch (JsonException e)
        {
            return (null, null, null, $"not valid JSON: {e.Message}");
        }
    }

    private static void WriteResult(Stream stream, string id, TextAnalysis result)
    {
        using (var json = new Utf8JsonWriter(stream, Compact))
        {
            json.WriteStartObject();
            json.WriteString("id", id);
            json.WriteString("language", result.Language);
            json.WriteStartObject("sentiment");
            json.WriteString("label", result.Sentiment.Label.ToString().ToLowerInvariant());
            json.WriteNumber("score", Math.Round(result.Sentiment.Score, 2));
            json.WriteEndObject();
            json.WriteStartArray("themes");
            foreach (var theme in result.Themes)
            {
                json.WriteStringValue(theme.ThemeId);
            }

            json.WriteEndArray();
            json.WriteStartArray("keyphrases");
            foreach (var phrase in result.Keyphrases)
            {
                json.WriteStringValue(phrase);
            }

            json.WriteEndArray();
            if (result.Redacted)
            {
                json.WriteString("redacted_text", result.Text);
            }
            else
            {
                json.WriteNull("redacted_text");
            }

            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
    }

    private static Command Evaluate()
    {
        var gold = new Option<FileInfo>("--gold") { Description = "Labelled comments, JSON Lines: {\"id\", \"language\", \"text\", \"sentiment\": {\"label\", \"score\"}, \"themes\"}", Required = true };
        var languages = LanguagesOption();
        var command = new Command("evaluate", "Per-language sentiment and theme metrics against a labelled file: a table on standard error, JSON on standard output")
        {
            gold, languages,
        };
        command.SetAction(async (parse, ct) =>
        {
            var file = parse.GetValue(gold)!;
            if (!file.Exists)
            {
                await Console.Error.WriteLineAsync($"ekko: {file.FullName} does not exist");
                return 1;
            }

            List<GoldComment> comments;
            TextAnalyzer analyzer;
            try
            {
                analyzer = new TextAnalyzer(new TextAnalyzerOptions { Languages = LanguageCodes.ParseList(parse.GetValue(languages)!) });
                using var reader = file.OpenText();
                comments = TextEvaluator.ReadGold(reader);
            }
            catch (Exception e) when (e is FormatException or ArgumentException)
            {
                await Console.Error.WriteLineAsync($"ekko: {file.Name}: {e.Message}");
                return 3;
            }

            var metrics = TextEvaluator.Evaluate(analyzer, comments);
            var table = new StringBuilder();
            table.AppendLine("language      n  acc3   acc4   macroF1  pearson  themeP  themeR  themeF1  langAcc");
            foreach (var m in metrics)
            {
                table.AppendLine(string.Create(CultureInfo.InvariantCulture,
                    $"{m.Language,-8} {m.Comments,6}  {m.Accuracy3,5:F3}  {m.Accuracy4,5:F3}  {m.MacroF1,7:F3}  {m.PearsonR,7:F3}  {m.ThemePrecision,6:F3}  {m.ThemeRecall,6:F3}  {m.ThemeF1,7:F3}  {m.LanguageAccuracy,7:F3}"));
            }

            await Console.Error.WriteAsync(table.ToString());
            Console.WriteLine(JsonSerializer.Serialize(new { languages = metrics }, SnakeCase));
            return 0;
        });
        return command;
    }
}
