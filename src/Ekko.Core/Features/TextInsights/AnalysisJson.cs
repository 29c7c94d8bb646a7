using System.Text.Json;
using System.Text.Json.Nodes;
using Ekko.Core.Formats;
using Ekko.Text.Redaction;
using Ekko.Text.Sentiment;

namespace Ekko.Core.Features.TextInsights;

/// <summary>A stored analysis as the API shows it next to its response, and comments redacted for display and export.</summary>
public static class AnalysisJson
{
    /// <summary>
    /// <c>{"language", "sentiment": {"label", "score", "phrases": [{"start", "length", "text", "valence"}]}, "themes": [{"id", "sentiment": {"label", "score"}}],
    /// "keyphrases", "taxonomy_version", "analyzed_at"}</c>. Phrase offsets are moved by <paramref name="move"/> to the comment as shown;
    /// a phrase that touches redacted personal data is left out.
    /// </summary>
    public static JsonObject ToJson(CommentAnalysis analysis, IEnumerable<CommentTheme> themes, Func<int, int, (int Start, int Length)?> move, bool redact)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(move);
        var phrases = new JsonArray();
        foreach (var phrase in JsonSerializer.Deserialize<SentimentPhrase[]>(analysis.Phrases, EkkoJson.Options) ?? [])
        {
            if (move(phrase.Start, phrase.Length) is { } at)
            {
                phrases.Add(new JsonObject { ["start"] = at.Start, ["length"] = at.Length, ["text"] = phrase.Text, ["valence"] = phrase.Valence });
            }
        }

        var keyphrases = JsonSerializer.Deserialize<string[]>(analysis.Keyphrases, EkkoJson.Options) ?? [];
        return new JsonObject
        {
            ["language"] = analysis.Language,
            ["sentiment"] = new JsonObject { ["label"] = Label(analysis.Sentiment), ["score"] = analysis.Score, ["phrases"] = phrases },
            ["themes"] = new JsonArray([.. themes.OrderBy(t => t.ThemeId, StringComparer.Ordinal).Select(t => (JsonNode)new JsonObject
            {
                ["id"] = t.ThemeId,
                ["sentiment"] = new JsonObject { ["label"] = Label(t.Sentiment), ["score"] = t.Score },
            })]),
            ["keyphrases"] = new JsonArray([.. keyphrases.Select(k => (JsonNode?)(redact ? PiiRedactor.Redact(k, analysis.Language) : k))]),
            ["taxonomy_version"] = analysis.TaxonomyVersion,
            ["analyzed_at"] = analysis.AnalyzedAt,
        };
    }

    /// <summary>
    /// Replaces the comment of a response (or the <paramref name="field"/> of another record, a mention's text) in the public
    /// format by its redacted text; returns how to move offsets into it.
    /// </summary>
    public static Func<int, int, (int Start, int Length)?> RedactComment(JsonObject response, string? language, string field = "comment")
    {
        ArgumentNullException.ThrowIfNull(response);
        if ((string?)response[field] is not { } comment)
        {
            return (start, length) => (start, length);
        }

        var (redacted, move) = PiiRedactor.Apply(comment, PiiRedactor.Find(comment, language));
        response[field] = redacted;
        return move;
    }

    public static string Label(SentimentLabel label) => label.ToString().ToLowerInvariant();
}
