using System.Text.Json;
using Ekko.Text.Sentiment;

namespace Ekko.Text.Evaluation;

/// <summary>Runs a <see cref="TextAnalyzer"/> over gold comments and computes per-language metrics.</summary>
public static class TextEvaluator
{
    /// <summary>Reads gold JSON Lines; a bad line throws a <see cref="FormatException"/> naming its line number.</summary>
    public static List<GoldComment> ReadGold(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var result = new List<GoldComment>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(line);
                var root = document.RootElement;
                var sentiment = root.GetProperty("sentiment");
                var label = Enum.Parse<SentimentLabel>(sentiment.GetProperty("label").GetString()!, ignoreCase: true);
                var score = sentiment.TryGetProperty("score", out var s) ? s.GetDouble() : label switch
                {
                    SentimentLabel.Positive => 0.5,
                    SentimentLabel.Negative => -0.5,
                    _ => 0,
                };
                var themes = root.TryGetProperty("themes", out var t) ? t.EnumerateArray().Select(x => x.GetString()!).ToArray() : [];
                result.Add(new GoldComment(
                    root.TryGetProperty("id", out var id) ? id.ToString() : lineNumber.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    root.GetProperty("language").GetString()!, root.GetProperty("text").GetString()!, label, score, themes));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException)
            {
                throw new FormatException($"line {lineNumber}: {e.Message}", e);
            }
        }

        return result;
    }

    public static IReadOnlyList<LanguageMetrics> Evaluate(TextAnalyzer analyzer, IEnumerable<GoldComment> gold)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(gold);
        return [.. gold.GroupBy(g => g.Language).OrderBy(g => g.Key, StringComparer.Ordinal).Select(group => Evaluate(analyzer, group.Key, [.. group]))];
    }

    private static LanguageMetrics Evaluate(TextAnalyzer analyzer, string language, IReadOnlyList<GoldComment> gold)
    {
        var predictions = gold.Select(g => analyzer.Analyze(g.Text, g.Language)).ToArray();
        int correct3 = 0, correct4 = 0, languageRight = 0, truePositive = 0, predictedThemes = 0, goldThemes = 0;
        var labels = Enum.GetValues<SentimentLabel>().Where(l => l != SentimentLabel.Mixed).ToArray();
        var confusion = new Dictionary<(SentimentLabel Gold, SentimentLabel Predicted), int>();
        for (var i = 0; i < gold.Count; i++)
        {
            var g = gold[i];
            var p = predictions[i];
            var gold3 = ThreeClass(g.Label, g.Score);
            var predicted3 = ThreeClass(p.Sentiment.Label, p.Sentiment.Score);
            correct3 += gold3 == predicted3 ? 1 : 0;
            correct4 += g.Label == p.Sentiment.Label ? 1 : 0;
            confusion[(gold3, predicted3)] = confusion.GetValueOrDefault((gold3, predicted3)) + 1;
            languageRight += analyzer.DetectLanguage(g.Text) == g.Language ? 1 : 0; // without the hint: detection alone
            var found = p.Themes.Select(t => t.ThemeId).ToHashSet();
            truePositive += g.Themes.Count(found.Contains);
            predictedThemes += found.Count;
            goldThemes += g.Themes.Count;
        }

        var f1s = labels.Select(label =>
        {
            var tp = confusion.GetValueOrDefault((label, label));
            var fp = labels.Where(l => l != label).Sum(l => confusion.GetValueOrDefault((l, label)));
            var fn = labels.Where(l => l != label).Sum(l => confusion.GetValueOrDefault((label, l)));
            return tp == 0 ? 0 : 2.0 * tp / ((2.0 * tp) + fp + fn);
        }).ToArray();
        var precision = predictedThemes == 0 ? 1 : (double)truePositive / predictedThemes;
        var recall = goldThemes == 0 ? 1 : (double)truePositive / goldThemes;
        return new LanguageMetrics(
            language, gold.Count,
            Math.Round((double)correct3 / gold.Count, 4),
            Math.Round((double)correct4 / gold.Count, 4),
            Math.Round(f1s.Average(), 4),
            Math.Round(Pearson(gold.Select(g => g.Score).ToArray(), predictions.Select(p => p.Sentiment.Score).ToArray()), 4),
            Math.Round(precision, 4), Math.Round(recall, 4),
            Math.Round(precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall), 4),
            Math.Round((double)languageRight / gold.Count, 4));
    }

    /// <summary>Mixed folds into the side its score leans to (neutral within the neutral band).</summary>
    public static SentimentLabel ThreeClass(SentimentLabel label, double score) => label != SentimentLabel.Mixed
        ? label
        : score >= SentimentAnalyzer.NeutralThreshold ? SentimentLabel.Positive
        : score <= -SentimentAnalyzer.NeutralThreshold ? SentimentLabel.Negative
        : SentimentLabel.Neutral;

    public static double Pearson(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Count)
        {
            throw new ArgumentException("the two series differ in length", nameof(y));
        }

        // Undefined for fewer than two points or a constant series; 0 keeps reports and JSON printable.
        if (x.Count < 2)
        {
            return 0;
        }

        var mx = x.Average();
        var my = y.Average();
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Count; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }

        return sxx == 0 || syy == 0 ? 0 : sxy / Math.Sqrt(sxx * syy);
    }
}
