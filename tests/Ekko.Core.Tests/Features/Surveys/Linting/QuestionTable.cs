using Ekko.Core.Features.Surveys;
using Ekko.Core.Features.Surveys.Linting;

namespace Ekko.Core.Tests.Features.Surveys.Linting;

/// <summary>
/// One row of questions.{language}.tsv: the codes a linter must raise (none for a neutral question) and the question.
/// Columns: expected codes (comma-separated, or "ok"), format, scale labels and options (both "|"-separated), text.
/// </summary>
public sealed record QuestionTableRow(IReadOnlyList<string> ExpectedCodes, QuestionToLint Question, int Line)
{
    public bool IsProblematic => ExpectedCodes.Count > 0;

    /// <summary>Reads questions.{language}.tsv, or round2.{language}.tsv with <paramref name="table"/> "round2".</summary>
    public static IReadOnlyList<QuestionTableRow> Read(string language, string table = "questions")
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Features", "Surveys", "Linting", $"{table}.{language}.tsv");
        return File.ReadLines(path)
            .Select((line, index) => (line, index))
            .Where(l => l.line.Length > 0 && !l.line.StartsWith('#'))
            .Select(l => Parse(l.line, language, l.index + 1))
            .ToList();
    }

    private static QuestionTableRow Parse(string line, string language, int number)
    {
        var cells = line.Split('\t');
        var expected = cells[0] == "ok" ? [] : cells[0].Split(',', StringSplitOptions.TrimEntries);
        var format = cells[1] switch
        {
            "nps" => QuestionType.Nps,
            "csat" => QuestionType.Csat,
            "ces" => QuestionType.Ces,
            "rating" => QuestionType.Rating,
            "single" => QuestionType.SingleChoice,
            "multi" => QuestionType.MultipleChoice,
            "open" => QuestionType.OpenText,
            var other => throw new FormatException($"line {number}: unknown format {other}"),
        };
        return new QuestionTableRow(expected, new QuestionToLint(cells[4], language, format, List(cells[2]), List(cells[3])), number);
    }

    private static string[] List(string cell) => cell.Length == 0 ? [] : cell.Split('|');
}
